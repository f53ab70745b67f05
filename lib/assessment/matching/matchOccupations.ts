import {
  formatOrder,
  highPointGroups,
  isFlatProfile,
  topInterests,
  type TopInterests,
} from '../interests/interestOrder'
import type { RiasecKey, RiasecScores } from '../interests/riasec'
import type { OccupationProfile } from './occupationProfile'
import { profileCorrelation } from './profileCorrelation'

export const DEFAULT_MATCH_COUNT = 10

export type OccupationMatch = {
  occupation: OccupationProfile
  /** Other careers filed under the same O*NET-SOC code, which share this profile and so this fit. */
  sameOccupation: { title: string; slug?: string | null }[]
  /** Pearson's r between the reader's six scores and the occupation's, −1 to 1. */
  correlation: number
  /** The reader's top three as a code, ties joined by '=': 'I-R-C', 'I-R=C'. */
  readerOrder: string
  /** The occupation's high-point code the same way: 'I-C-R'; empty when O*NET gives none. */
  occupationOrder: string
  /** Letters in both the reader's top interests and the occupation's high-point code, in the reader's order. */
  sharedTopInterests: RiasecKey[]
}

export type MatchResult =
  | {
      status: 'ranked'
      reader: TopInterests
      matches: OccupationMatch[]
      /** Distinct occupations compared after the job-zone filter. */
      compared: number
      /** Left out by the job-zone filter, and occupations whose own profile is flat. */
      excluded: { outsideJobZones: number; flatProfile: number }
    }
  | { status: 'flat-profile' }

type MatchArgs = {
  reader: RiasecScores
  occupations: readonly OccupationProfile[]
  /** Job zones the reader is willing to prepare for; all zones when absent or empty. */
  jobZones?: readonly number[]
  limit?: number
}

/**
 * One entry per O*NET-SOC code: several careers can be filed under one occupation, and listing each
 * would repeat one fit. The first with a career page stands for the rest.
 */
const distinctOccupations = (occupations: readonly OccupationProfile[]) => {
  const byCode = new Map<string, { occupation: OccupationProfile; others: OccupationProfile[] }>()
  for (const occupation of occupations) {
    const entry = byCode.get(occupation.code)
    if (!entry) byCode.set(occupation.code, { occupation, others: [] })
    else if (!entry.occupation.slug && occupation.slug) {
      entry.others.push(entry.occupation)
      entry.occupation = occupation
    } else entry.others.push(occupation)
  }
  return [...byCode.values()]
}

type Rankable = Pick<OccupationMatch, 'correlation' | 'sharedTopInterests'> & {
  occupation: Pick<OccupationProfile, 'code'>
}

/**
 * Best first: the higher correlation, then more shared top interests, then the O*NET-SOC code, so
 * the order never depends on the input's.
 */
export const compareMatches = (a: Rankable, b: Rankable): number =>
  b.correlation - a.correlation ||
  b.sharedTopInterests.length - a.sharedTopInterests.length ||
  a.occupation.code.localeCompare(b.occupation.code)

/**
 * Ranks occupations by how closely their O*NET interest profile follows the reader's (Pearson's r
 * over the six scores), best first. Equal correlations are ordered by the number of shared top
 * interests, then by O*NET-SOC code, so the order never depends on the input's. A flat reader profile
 * has no shape to compare: the result says so instead of ranking anything. Occupations without a job
 * zone are left out whenever zones are asked for, since their preparation is unknown.
 */
export const matchOccupations = ({
  reader,
  occupations,
  jobZones = [],
  limit = DEFAULT_MATCH_COUNT,
}: MatchArgs): MatchResult => {
  if (isFlatProfile(reader)) return { status: 'flat-profile' }
  const top = topInterests(reader)
  const excluded = { outsideJobZones: 0, flatProfile: 0 }
  const ranked: OccupationMatch[] = []
  for (const { occupation, others } of distinctOccupations(occupations)) {
    if (jobZones.length && (occupation.jobZone === null || !jobZones.includes(occupation.jobZone))) {
      excluded.outsideJobZones++
      continue
    }
    const correlation = profileCorrelation(reader, occupation.scores)
    if (correlation === null) {
      excluded.flatProfile++
      continue
    }
    const highPoint = occupation.highPoint.toUpperCase()
    ranked.push({
      occupation,
      sameOccupation: others.map(({ title, slug }) => ({ title, slug })),
      correlation,
      readerOrder: formatOrder(top.groups),
      occupationOrder: formatOrder(highPointGroups(highPoint)),
      sharedTopInterests: top.letters.filter((letter) => highPoint.includes(letter)),
    })
  }
  ranked.sort(compareMatches)
  return {
    status: 'ranked',
    reader: top,
    matches: ranked.slice(0, limit),
    compared: ranked.length + excluded.flatProfile,
    excluded,
  }
}
