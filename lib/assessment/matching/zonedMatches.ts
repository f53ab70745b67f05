import type { RiasecScores } from '../interests/riasec'
import {
  compareMatches,
  DEFAULT_MATCH_COUNT,
  matchOccupations,
  type OccupationMatch,
} from './matchOccupations'
import type { OccupationProfile } from './occupationProfile'

/** O*NET's job zones: how much preparation an occupation needs, 1 (little) to 5 (extensive). */
export const JOB_ZONES = [1, 2, 3, 4, 5] as const

export type JobZone = (typeof JOB_ZONES)[number]

/** A zone, or 'unrated' for occupations O*NET has not placed in one. */
export type ZoneKey = `${JobZone}` | 'unrated'

/** One match as a result keeps it: the occupation with its provenance, and why it fits. */
export type StoredMatch = Omit<OccupationMatch, 'sameOccupation' | 'readerOrder'>

/**
 * What a matching result stores: each job zone's best matches, so that the result page can show the
 * best of any zones the reader picks from the stored list alone (the best ten of a union of zones are
 * among the best ten of each), however the catalogue changes afterwards.
 */
export type StoredMatching =
  | {
      status: 'ranked'
      /** The reader's top three as a code, ties joined by '=': 'I-R-C'. */
      readerOrder: string
      /** Every zone's best matches together, best first. */
      matches: StoredMatch[]
      /** Occupations compared in each zone. */
      compared: Partial<Record<ZoneKey, number>>
    }
  | { status: 'flat-profile' }
  | { status: 'no-profiles' }

const zoneOf = (occupation: OccupationProfile): ZoneKey =>
  JOB_ZONES.includes(occupation.jobZone as JobZone) ? (`${occupation.jobZone}` as ZoneKey) : 'unrated'

/** Matches the reader against every occupation, keeping the best `limit` of each job zone. */
export const matchByZone = ({
  reader,
  occupations,
  limit = DEFAULT_MATCH_COUNT,
}: {
  reader: RiasecScores
  occupations: readonly OccupationProfile[]
  limit?: number
}): StoredMatching => {
  if (occupations.length === 0) return { status: 'no-profiles' }
  const byZone = new Map<ZoneKey, OccupationProfile[]>()
  for (const occupation of occupations) {
    const zone = zoneOf(occupation)
    const inZone = byZone.get(zone)
    if (inZone) inZone.push(occupation)
    else byZone.set(zone, [occupation])
  }
  const matches: StoredMatch[] = []
  const compared: Partial<Record<ZoneKey, number>> = {}
  let readerOrder = ''
  for (const [zone, inZone] of byZone) {
    const result = matchOccupations({ reader, occupations: inZone, limit })
    if (result.status === 'flat-profile') return { status: 'flat-profile' }
    compared[zone] = result.compared
    for (const match of result.matches) {
      readerOrder = match.readerOrder
      const { occupation, correlation, occupationOrder, sharedTopInterests } = match
      matches.push({ occupation, correlation, occupationOrder, sharedTopInterests })
    }
  }
  return { status: 'ranked', readerOrder, matches: matches.sort(compareMatches), compared }
}

/**
 * The best `limit` stored matches within the chosen zones (all zones, unrated ones included, when
 * none are chosen), and how many occupations they were chosen from.
 */
export const matchesInZones = ({
  matching,
  zones,
  limit = DEFAULT_MATCH_COUNT,
}: {
  matching: Extract<StoredMatching, { status: 'ranked' }>
  zones: readonly JobZone[]
  limit?: number
}): { matches: StoredMatch[]; compared: number } => {
  const wanted = (zone: ZoneKey) => zones.length === 0 || zones.some((chosen) => `${chosen}` === zone)
  const compared = Object.entries(matching.compared)
    .filter(([zone]) => wanted(zone as ZoneKey))
    .reduce((sum, [, count]) => sum + (count ?? 0), 0)
  const matches = matching.matches.filter((match) => wanted(zoneOf(match.occupation))).slice(0, limit)
  return { matches, compared }
}
