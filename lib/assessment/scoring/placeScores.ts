import type { Instrument } from '../instrument'
import type { Reliability } from '../reliability/types'
import { scoreBand, standardErrorOfMeasurement } from '../statistics/measurementError'
import { normalPercentile, tallyPercentile } from '../statistics/percentile'
import { type Tally, tallySize } from '../statistics/tally'
import type { DimensionScore } from './scoreAnswers'

/** Below this many live scores a dimension's percentile comes from the normal model of the norms. */
export const EMPIRICAL_MINIMUM = 200

export type PlacedScore = {
  score: number
  min: number
  max: number
  percentile: number
  method: 'normal' | 'empirical'
  /** 90% band from the standard error of measurement; null until alpha can be estimated. */
  band: { low: number; high: number; percentileLow: number; percentileHigh: number; sem: number } | null
}

type PlaceArgs = {
  instrument: Instrument
  scores: Record<string, DimensionScore>
  reliability: Reliability | null
  /** Live scores per dimension, counted by value (the running statistics keep them so). */
  live?: Record<string, Tally>
}

/** Percentile, method and measurement-error band for each dimension score. */
export const placeScores = ({
  instrument,
  scores,
  reliability,
  live = {},
}: PlaceArgs): Record<string, PlacedScore> => {
  const placed: Record<string, PlacedScore> = {}
  for (const { key } of instrument.dimensions) {
    const { score, min, max } = scores[key]
    const norm = instrument.norms.dimensions.find((entry) => entry.dimension === key)
    if (!norm) throw new Error(`The norms have no entry for the dimension "${key}".`)
    const tally = live[key]
    const empirical = tally !== undefined && tallySize(tally) >= EMPIRICAL_MINIMUM
    const percentileOf = (value: number) =>
      empirical
        ? tallyPercentile(value, tally)
        : normalPercentile({ score: value, mean: norm.mean, sd: norm.sd })
    const alpha = reliability?.dimensions.find((entry) => entry.dimension === key)?.alpha ?? null
    const sem = alpha === null ? null : standardErrorOfMeasurement(norm.sd, alpha)
    const band = sem === null ? null : scoreBand({ score, sem, min, max })
    placed[key] = {
      score,
      min,
      max,
      percentile: percentileOf(score),
      method: empirical ? 'empirical' : 'normal',
      band:
        band && sem !== null
          ? { ...band, percentileLow: percentileOf(band.low), percentileHigh: percentileOf(band.high), sem }
          : null,
    }
  }
  return placed
}
