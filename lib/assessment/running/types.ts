import type { AlphaSums, PairSums } from '../statistics/sums'
import type { Tally } from '../statistics/tally'

/** Running statistics of one dimension (arrays keyed by position, so any key is a safe field name). */
export type DimensionStatistics = {
  dimension: string
  /** Item scores and totals of complete responses, live and synthetic: Cronbach's alpha. */
  alpha: AlphaSums
  /** Dimension totals of each (attempt, retake) pair, both complete: test-retest r. */
  retest: PairSums
  /** Dimension scores of complete live responses, counted by value: empirical percentiles. */
  live: Tally
}

/**
 * Sufficient statistics of every response stored for one assessment: each submission adds to them
 * in constant time, and every published figure (alpha, its interval, test-retest r, the median
 * retest interval, empirical percentiles) is computed from them alone.
 */
export type RunningStatistics = {
  /** The instrument's scoring structure the sums were built on (`instrumentKey`). */
  instrumentKey: string
  responses: { live: number; synthetic: number }
  dimensions: DimensionStatistics[]
  /** Whole days between an attempt and its retake, counted: the median retest interval. */
  retestDays: Tally
}

/** An attempt as the statistics need it: its answers and, for a retest interval, when it was stored. */
export type Attempt = { answers: Record<string, unknown>; createdAt?: string | null }
