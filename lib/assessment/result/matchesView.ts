import type { DatasetView } from '../../data/onetTypes'
import { type DomainSourceView, domainSourceView, releaseMonth } from '../../onet/domainSources'
import { JOB_ZONE_TEXT } from '../../onet/jobZones'
import { paths } from '../../site/paths'
import { explainMatch } from '../matching/explainMatch'
import {
  JOB_ZONES,
  type JobZone,
  matchesInZones,
  type StoredMatch,
  type StoredMatching,
} from '../matching/zonedMatches'

/** One occupation that fits, as the result shows it: why, where to read more, and what it rests on. */
export type MatchView = {
  code: string
  title: string
  /** The occupation's career page. */
  href: string | null
  /** "Your order I-C-R; Software Developers’ profile I-C-R. …" */
  why: string
  jobZone: { zone: number; name: string } | null
  /** How O*NET obtained the interest profile (flagged when a model estimated it), and when. */
  source: DomainSourceView | null
  released: string | null
}

export type MatchesView =
  | {
      status: 'ranked'
      readerOrder: string
      /** The zones the reader chose; empty for all. */
      zones: JobZone[]
      compared: number
      items: MatchView[]
      dataset: DatasetView | null
    }
  | { status: 'flat-profile' | 'no-profiles' | 'not-stored' }

/** Job zones from the result page's query string (`?zone=3&zone=4`): anything else is ignored. */
export const parseZones = (value: string | string[] | undefined): JobZone[] => {
  const chosen = new Set([value ?? []].flat().map(Number))
  return JOB_ZONES.filter((zone) => chosen.has(zone))
}

const toView = (match: StoredMatch, readerOrder: string): MatchView => {
  const { occupation } = match
  const zone = occupation.jobZone as JobZone | null
  return {
    code: occupation.code,
    title: occupation.title,
    href: occupation.slug ? paths.career(occupation.slug) : null,
    why: explainMatch({ ...match, readerOrder }),
    jobZone: zone && JOB_ZONE_TEXT[zone] ? { zone, name: JOB_ZONE_TEXT[zone].name } : null,
    source: domainSourceView(occupation.domainSource),
    released: releaseMonth(occupation.date),
  }
}

type MatchesArgs = {
  matching: StoredMatching | { status: 'not-stored' }
  zones: JobZone[]
  dataset: DatasetView | null
}

/** The stored matches within the chosen job zones, ready to show. */
export const matchesView = ({ matching, zones, dataset }: MatchesArgs): MatchesView => {
  if (matching.status !== 'ranked') return { status: matching.status }
  const { matches, compared } = matchesInZones({ matching, zones })
  return {
    status: 'ranked',
    readerOrder: matching.readerOrder,
    zones,
    compared,
    items: matches.map((match) => toView(match, matching.readerOrder)),
    dataset,
  }
}
