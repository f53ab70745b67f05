import type { PreviousAttempt } from '../data/previousAttempt'
import { formatDateTime } from '../format/dateTime'
import { ordinal } from '../format/ordinal'
import type { DimensionScales } from '../scoring/scaleParts'
import { SCALE_NAMES, signed } from './scaleText'

/** What changed since the attempt this one retakes, dimension by dimension, each on its own scale. */
export type ChangeView = {
  earlierTakenAt: string
  rows: { key: string; label: string; changes: string[] }[]
}

type ChangeArgs = {
  previous: PreviousAttempt
  dimensions: { key: string; label: string }[]
  scales: Record<string, DimensionScales>
  percentiles: Record<string, number>
  locale: string
}

export const changeView = ({
  previous,
  dimensions,
  scales,
  percentiles,
  locale,
}: ChangeArgs): ChangeView => ({
  earlierTakenAt: formatDateTime({ value: previous.takenAt, locale }),
  rows: dimensions.map(({ key, label }) => {
    const changes = (['likert', 'rubric'] as const).flatMap((kind) => {
      const now = scales[key]?.[kind]
      const then = previous.scales[key]?.[kind]
      if (!now || !then) return []
      return [
        `${SCALE_NAMES[kind]}: ${then.mean.toFixed(2)} → ${now.mean.toFixed(2)} (${signed(now.mean - then.mean)})`,
      ]
    })
    const before = previous.percentiles[key]
    const after = percentiles[key]
    if (typeof before === 'number' && typeof after === 'number') {
      const moved = after === before ? 'no change' : `${signed(after - before, 0)} points`
      changes.push(`Percentile: ${ordinal(before)} → ${ordinal(after)} (${moved})`)
    }
    return { key, label, changes }
  }),
})
