import type { CollectionBeforeChangeHook } from 'payload'

import type { CareerSkill } from '../../../payload-types'

/** The admin title, "<Skill> for <Career>", kept in step with the pair it names. */
export const setTitle: CollectionBeforeChangeHook<CareerSkill> = async ({ data, originalDoc, req }) => {
  const careerId = data.career ?? originalDoc?.career
  const skillId = data.skill ?? originalDoc?.skill
  if (!careerId || !skillId) return data

  const [career, skill] = await Promise.all([
    typeof careerId === 'object'
      ? careerId
      : req.payload.findByID({ collection: 'careers', id: careerId, depth: 0, draft: true, req }),
    typeof skillId === 'object'
      ? skillId
      : req.payload.findByID({ collection: 'skills', id: skillId, depth: 0, draft: true, req }),
  ])
  return { ...data, title: `${skill.name} for ${career.title}` }
}
