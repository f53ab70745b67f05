import { idOf, idsOf } from '../data/read/ids'

type CareerLike = {
  id?: unknown
  title?: string | null
  origin?: string | null
  occupation?: unknown
  onet?: { hotTechnologySkills?: unknown; inDemandTechnologySkills?: unknown } | null
}

/** The technology flags O*NET records for a career's occupation, as ids of the skills flagged. */
export type OccupationFacts = { title: string; hot: string[]; inDemand: string[] }

/**
 * The occupation whose O*NET facts a career's page rests on: itself when imported, its linked
 * occupation when curated (loaded into `occupations`, or populated on the career). Null when none.
 */
export const occupationFactsOf = (
  career: CareerLike | undefined,
  occupations: Map<string, CareerLike> = new Map(),
): OccupationFacts | null => {
  if (!career) return null
  const populated =
    typeof career.occupation === 'object' && career.occupation ? (career.occupation as CareerLike) : undefined
  const occupation =
    career.origin === 'onet'
      ? (occupations.get(String(career.id)) ?? career)
      : (populated ?? occupations.get(idOf(career.occupation) ?? ''))
  if (!occupation?.onet) return null
  return {
    title: occupation.title ?? '',
    hot: idsOf(occupation.onet.hotTechnologySkills),
    inDemand: idsOf(occupation.onet.inDemandTechnologySkills),
  }
}
