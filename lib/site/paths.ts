/** Public URLs, built in one place so links and the sitemap cannot disagree. */
export const paths = {
  hub: () => '/careers',
  career: (careerSlug: string) => `/careers/${careerSlug}`,
  evidence: (careerSlug: string, skillSlug: string) => `/careers/${careerSlug}/skills/${skillSlug}`,
  /** A career's evidence pages beyond the first few, which its own page lists. */
  careerEvidence: (careerSlug: string, page: number) =>
    page > 1 ? `/careers/${careerSlug}/evidence/${page}` : `/careers/${careerSlug}`,
  skill: (skillSlug: string) => `/skills/${skillSlug}`,
  /** A skill's evidence pages beyond the first few, which its own page lists. */
  skillEvidence: (skillSlug: string, page: number) =>
    page > 1 ? `/skills/${skillSlug}/evidence/${page}` : `/skills/${skillSlug}`,
  source: (sourceId: string) => `/sources/${sourceId}`,
  assessment: (slug: string) => `/assessments/${slug}`,
  families: () => '/careers/families',
  /** A job family's careers; page 1 has no page number, so it has one address. */
  family: (family: string, page = 1) =>
    page > 1 ? `/careers/families/${family}/${page}` : `/careers/families/${family}`,
  search: (query?: string) => (query ? `/search?q=${encodeURIComponent(query)}` : '/search'),
  assessments: () => '/assessments',
  /** A result belongs to whoever holds this address; it is never listed anywhere. */
  assessmentResult: (slug: string, resultId: string) => `/assessments/${slug}/results/${resultId}`,
  /** The take page for a retake, linked to the earlier result for the test-retest figures. */
  assessmentRetake: (slug: string, resultId: string) => `/assessments/${slug}?retakeOf=${resultId}`,
  sitemapIndex: () => '/sitemap.xml',
  sitemap: (file: string) => `/sitemaps/${file}.xml`,
}
