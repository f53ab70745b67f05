/** A recommendation rule with its career and skill reduced to what a link needs. */
export type ResolvedRule = {
  career?: { slug: string; title: string } | null
  skill?: { slug: string; name: string } | null
  dimension?: string | null
  reason: string
  findingId: string
}

/** What a result stores and shows: where to go next, why, and the finding behind it. */
export type Recommendation = {
  kind: 'career' | 'skill' | 'career-skill'
  title: string
  href: string
  reason: string
  /** How the reader's own scores led here, in a sentence. */
  basis: string
  /** The dimension whose level the advice is for, so a result shows it beside that dimension. */
  dimension?: string
  findingId: string
}

export const hrefFor = (rule: ResolvedRule): string => {
  if (rule.career && rule.skill) return `/careers/${rule.career.slug}/skills/${rule.skill.slug}`
  if (rule.career) return `/careers/${rule.career.slug}`
  if (rule.skill) return `/skills/${rule.skill.slug}`
  throw new Error('A recommendation rule names neither a career nor a skill.')
}

export const titleFor = (rule: ResolvedRule): string =>
  [rule.skill?.name, rule.career?.title].filter(Boolean).join(' for ')

export const kindFor = (rule: ResolvedRule): Recommendation['kind'] =>
  rule.career && rule.skill ? 'career-skill' : rule.career ? 'career' : 'skill'
