/**
 * Cache tag names for the public site, in one place: the cached loaders attach them and the
 * revalidation hooks expire them, so a publish reaches exactly the pages that show what changed.
 */
export const CATALOGUE_TAG = 'catalogue'

export const cacheTags = {
  /** Anything that lists the catalogue: the hub, the sitemap. */
  catalogue: CATALOGUE_TAG,
  /** A career's page and every evidence page of that career. */
  career: (careerSlug: string) => `career:${careerSlug}`,
  /** A skill's page and every evidence page of that skill. */
  skill: (skillSlug: string) => `skill:${skillSlug}`,
  /** One evidence page. */
  evidence: (careerSlug: string, skillSlug: string) => `evidence:${careerSlug}:${skillSlug}`,
  /** A source's provenance page. */
  source: (sourceId: string) => `source:${sourceId}`,
}
