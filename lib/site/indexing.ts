/**
 * Which pages search engines are asked to index. A page that would show nothing but a name (an
 * imported occupation the release gave no description, a technology with no category) is served to
 * readers who follow a link, marked `noindex`, and left out of the sitemap. One rule for both, so
 * the sitemap never lists a page that asks not to be indexed.
 */
type CareerContent = { summary?: string | null; onet?: { description?: string | null } | null }
type SkillContent = { summary?: string | null; onet?: { commodityTitle?: string | null } | null }

const filled = (text: string | null | undefined) => Boolean(text?.trim())

/** Curated text or the dataset's description of the occupation. */
export const careerIsIndexable = (career: CareerContent): boolean =>
  filled(career.summary) || filled(career.onet?.description)

/** Curated text, or the dataset's category for a technology (its page lists the careers using it). */
export const skillIsIndexable = (skill: SkillContent): boolean =>
  filled(skill.summary) || filled(skill.onet?.commodityTitle)
