import type { Payload, TypedUser } from 'payload'

import type { Career } from '../../../payload-types'
import type { OccupationView } from '../onetTypes'
import { findPublished, findPublishedByIds } from '../read/findPublished'
import { SELECT } from '../read/selects'
import { relatedCodes, technologySkillIds, toOccupationView } from '../shape/occupation'
import { isReadyCareer, isReadySkill } from './readiness'

/**
 * An occupation's facts with what they point at, in two queries whatever its size: its related
 * occupations by code (one `in` query) and its technologies' skills (one `in` query).
 */
export const loadOccupation = async ({
  payload,
  viewer,
  occupation,
}: {
  payload: Payload
  viewer?: TypedUser | null
  occupation: Career
}): Promise<OccupationView> => {
  const codes = [...new Set(relatedCodes(occupation))]
  const [related, skills] = await Promise.all([
    codes.length
      ? findPublished({
          payload,
          viewer,
          collection: 'careers',
          where: { 'onet.code': { in: codes } },
          select: SELECT.careerListing,
        })
      : [],
    findPublishedByIds({
      payload,
      viewer,
      collection: 'skills',
      ids: technologySkillIds(occupation),
      select: SELECT.skillListing,
    }),
  ])
  const careersByCode = new Map(
    related.filter(isReadyCareer).map((career) => [career.onet?.code ?? '', career] as const),
  )
  const readySkills = new Map([...skills].filter(([, skill]) => isReadySkill(skill)))
  return toOccupationView({ occupation, careersByCode, skills: readySkills })
}
