import type { Payload, TypedUser } from 'payload'

import { idOf } from '../../data/read/ids'
import { paths } from '../../site/paths'

/** At most this many instruments name one skill; more would be a catalogue this page cannot link anyway. */
const CANDIDATES = 10

/**
 * The skill an instrument assesses. Instruments have no field naming it; a skill-level instrument's
 * recommendation rules name the skill each of its dimensions leads to, and the skill most of them
 * name is its own (the model-serving instrument sends two dimensions to BentoML, one to Kubernetes).
 * Ties go to the skill named first.
 */
export const assessedSkillOf = (rules: { skill?: unknown }[] | null | undefined): string | null => {
  const counts = new Map<string, number>()
  for (const rule of rules ?? []) {
    const id = idOf(rule.skill)
    if (id) counts.set(id, (counts.get(id) ?? 0) + 1)
  }
  let best: string | null = null
  for (const [id, count] of counts) if (best === null || count > counts.get(best)!) best = id
  return best
}

/**
 * The published skill-level instrument that assesses this skill, as a plain link for its evidence
 * pages, or null when the skill has none. One bounded query; an instrument whose rules only mention
 * the skill beside its own does not count, and no statistic of any instrument is read.
 */
export const assessmentForSkill = async ({
  payload,
  skillId,
  viewer,
}: {
  payload: Payload
  skillId: string
  viewer?: TypedUser | null
}): Promise<{ title: string; href: string } | null> => {
  const { docs } = await payload.find({
    collection: 'assessments',
    where: {
      and: [
        { kind: { equals: 'skill-level' } },
        { 'recommendationRules.skill': { equals: skillId } },
        ...(viewer ? [] : [{ _status: { equals: 'published' } }]),
      ],
    },
    select: { title: true, slug: true, recommendationRules: { skill: true } },
    depth: 0,
    limit: CANDIDATES,
    sort: 'title',
    overrideAccess: false,
    draft: Boolean(viewer),
    user: viewer ?? undefined,
  })
  const own = docs.find((doc) => doc.slug && assessedSkillOf(doc.recommendationRules) === skillId)
  return own?.slug ? { title: own.title, href: paths.assessment(own.slug) } : null
}
