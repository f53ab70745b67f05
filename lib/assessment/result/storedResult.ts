import type { LoadedAssessment } from '../data/loadAssessment'
import { riasecScoresFrom } from '../interests/riasec'
import type { OccupationProfile } from '../matching/occupationProfile'
import { matchByZone, type StoredMatching } from '../matching/zonedMatches'
import { recommend } from '../recommend/recommend'
import type { Recommendation } from '../recommend/types'
import type { PlacedScore } from '../scoring/placeScores'
import type { Answers } from '../submit/answersSchema'

/**
 * What a response keeps of its result (the `recommendations` field): where each score was placed,
 * the cited next steps of a skill-level result, and the O*NET matches of a matching result. Results
 * stored before matching existed have no `matching`.
 */
export type StoredResult = {
  items: Recommendation[]
  placed: Record<string, PlacedScore>
  matching?: StoredMatching
}

type ResultArgs = {
  loaded: LoadedAssessment
  placed: Record<string, PlacedScore>
  answers: Answers
  /** The O*NET interest profiles to match against; read only for a matching instrument. */
  occupations: readonly OccupationProfile[]
}

/** The result of one submission, computed once, on the server, when it is stored. */
export const storedResult = ({ loaded, placed, answers, occupations }: ResultArgs): StoredResult => {
  const { instrument, rules } = loaded
  const items = recommend({ instrument, placed, rules, answers })
  const reader = instrument.kind === 'matching' ? riasecScoresFrom(placed) : null
  if (!reader) return { items, placed }
  return { items, placed, matching: matchByZone({ reader, occupations }) }
}
