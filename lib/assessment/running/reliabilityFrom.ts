import type { Instrument } from '../instrument'
import { finiteOrNull, type Reliability } from '../reliability/types'
import { feldtInterval } from '../statistics/cronbachAlpha'
import { alphaFromSums, pearsonFromSums } from '../statistics/sums'
import { type Tally, tallyMedian } from '../statistics/tally'
import type { RunningStatistics } from './types'

/** The published reliability figures, computed from the running statistics alone. */
export const reliabilityFrom = ({
  statistics,
  instrument,
  now = new Date(),
}: {
  statistics: RunningStatistics
  instrument: Instrument
  now?: Date
}): Reliability => {
  const medianIntervalDays = tallyMedian(statistics.retestDays)
  return {
    computedAt: now.toISOString(),
    responses: { ...statistics.responses },
    dimensions: statistics.dimensions.map(({ dimension, alpha: sums, retest }) => {
      const alpha = alphaFromSums(sums)
      const interval = feldtInterval({ alpha, respondents: sums.n, items: sums.items.length })
      return {
        dimension,
        items: instrument.items.filter((item) => item.dimension === dimension).length,
        n: sums.n,
        alpha: finiteOrNull(alpha),
        alphaLower: finiteOrNull(interval.lower),
        alphaUpper: finiteOrNull(interval.upper),
        retest: { pairs: retest.n, r: finiteOrNull(pearsonFromSums(retest)), medianIntervalDays },
      }
    }),
  }
}

/** Each dimension's tally of live scores, as `placeScores` takes them. */
export const liveTallies = (statistics: RunningStatistics): Record<string, Tally> =>
  Object.fromEntries(statistics.dimensions.map(({ dimension, live }) => [dimension, live]))
