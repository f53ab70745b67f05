import { normalCdf } from './normal'
import { countBelowAndTied, type Tally, tallySize } from './tally'

/** Percentile of a score under a normal model of the reference sample, kept within 1–99. */
export const normalPercentile = ({ score, mean, sd }: { score: number; mean: number; sd: number }): number =>
  clampPercentile(100 * normalCdf((score - mean) / sd))

/**
 * Mid-rank empirical percentile: the share below plus half the share tied, so a score equal to
 * every sample value sits at 50 rather than at 0 or 100.
 */
export const empiricalPercentile = (score: number, sample: readonly number[]): number => {
  const below = sample.filter((value) => value < score).length
  const tied = sample.filter((value) => value === score).length
  return clampPercentile((100 * (below + tied / 2)) / sample.length)
}

/** The same mid-rank percentile over a tally of the sample, in time proportional to its distinct values. */
export const tallyPercentile = (score: number, tally: Tally): number => {
  const { below, tied } = countBelowAndTied(tally, score)
  return clampPercentile((100 * (below + tied / 2)) / tallySize(tally))
}

const clampPercentile = (value: number): number => Math.min(99, Math.max(1, Math.round(value)))
