import { ordinal } from '../format/ordinal'
import type { PlacedScore } from '../scoring/placeScores'
import type { DimensionScales } from '../scoring/scaleParts'
import { SCALE_NAMES, scaleText } from './scaleText'

/** One dimension as the chart and the score table show it. */
export type DimensionRow = {
  key: string
  label: string
  percentile: number
  /** "71st". */
  percentileText: string
  /** The percentiles the measurement-error band spans, and as words; null until alpha is known. */
  band: { low: number; high: number; text: string } | null
  /** Each response format on its own scale: never one average across them. */
  scales: { name: string; text: string }[]
}

type RowsArgs = {
  dimensions: { key: string; label: string }[]
  placed: Record<string, PlacedScore>
  scales: Record<string, DimensionScales>
}

export const dimensionRows = ({ dimensions, placed, scales }: RowsArgs): DimensionRow[] =>
  dimensions.map(({ key, label }) => {
    const entry = placed[key]
    const parts = scales[key] ?? { likert: null, rubric: null }
    return {
      key,
      label,
      percentile: entry.percentile,
      percentileText: ordinal(entry.percentile),
      band: entry.band
        ? {
            low: entry.band.percentileLow,
            high: entry.band.percentileHigh,
            text: `${ordinal(entry.band.percentileLow)} to ${ordinal(entry.band.percentileHigh)}`,
          }
        : null,
      scales: (['likert', 'rubric'] as const).flatMap((kind) => {
        const part = parts[kind]
        return part ? [{ name: SCALE_NAMES[kind], text: scaleText(kind, part) }] : []
      }),
    }
  })
