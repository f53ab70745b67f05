import type { ResultView } from '../data/loadResult'
import { formatDateTime } from '../format/dateTime'
import type { ProfileReading } from '../interests/describeProfile'
import type { JobZone } from '../matching/zonedMatches'
import { type ChangeView, changeView } from './changeView'
import { type DimensionRow, dimensionRows } from './dimensionRows'
import { type LevelView, levelView } from './levelView'
import { type MatchesView, matchesView } from './matchesView'

/** Everything the result page shows, in display form: the page only lays it out. */
export type ResultBody = {
  title: string
  kind: 'matching' | 'skill-level'
  /** When the attempt was stored, as the reader's locale writes it. */
  takenAt: string
  synthetic: boolean
  reading: ProfileReading | null
  level: LevelView | null
  matches: MatchesView | null
  rows: DimensionRow[]
  change: ChangeView | null
}

type BodyArgs = {
  result: ResultView
  /** The reader's locale, from Accept-Language. */
  locale: string
  /** Job zones the reader chose on the page; empty for all. */
  zones: JobZone[]
}

export const resultBody = ({ result, locale, zones }: BodyArgs): ResultBody => {
  const { instrument, placed, scales } = result
  return {
    title: instrument.title,
    kind: instrument.kind,
    takenAt: formatDateTime({ value: result.takenAt, locale }),
    synthetic: instrument.norms.synthetic,
    reading: result.reading,
    level: result.skillLevel
      ? levelView({ skillLevel: result.skillLevel, recommendations: result.recommendations })
      : null,
    matches: result.matching
      ? matchesView({ matching: result.matching, zones, dataset: result.dataset })
      : null,
    rows: dimensionRows({ dimensions: instrument.dimensions, placed, scales }),
    change: result.previous
      ? changeView({
          previous: result.previous,
          dimensions: instrument.dimensions,
          scales,
          percentiles: Object.fromEntries(
            Object.entries(placed).map(([key, entry]) => [key, entry.percentile]),
          ),
          locale,
        })
      : null,
  }
}
