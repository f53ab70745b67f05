import type { Payload, TypedUser } from 'payload'

import { paths } from '../../site/paths'

/**
 * The published skill-level instrument that measures this skill, as a plain link for its evidence
 * pages, or null when the skill has none: the interest instrument, or another skill's, is never offered
 * in its place. One query, and no statistic of the instrument is read.
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
        { skill: { equals: skillId } },
        ...(viewer ? [] : [{ _status: { equals: 'published' } }]),
      ],
    },
    select: { title: true, slug: true },
    depth: 0,
    limit: 1,
    sort: 'title',
    overrideAccess: false,
    draft: Boolean(viewer),
    user: viewer ?? undefined,
  })
  const own = docs[0]
  return own?.slug ? { title: own.title, href: paths.assessment(own.slug) } : null
}
