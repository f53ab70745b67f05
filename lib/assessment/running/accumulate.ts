import type { Instrument } from '../instrument'
import { itemScore } from '../scoring/itemScores'
import { scoreAnswers } from '../scoring/scoreAnswers'
import { addToMoments } from '../statistics/sums'
import { addToTally, emptyTally } from '../statistics/tally'
import type { Answers } from '../submit/answersSchema'
import { instrumentKey } from './instrumentKey'
import type { DimensionStatistics, RunningStatistics } from './types'

const DAY_MS = 24 * 60 * 60 * 1000

const zero = () => ({ sum: 0, squares: 0 })

export const emptyStatistics = (instrument: Instrument): RunningStatistics => ({
  instrumentKey: instrumentKey(instrument),
  responses: { live: 0, synthetic: 0 },
  dimensions: instrument.dimensions.map(({ key }) => ({
    dimension: key,
    alpha: {
      n: 0,
      items: instrument.items.filter((item) => item.dimension === key).map(zero),
      total: zero(),
    },
    retest: { n: 0, x: zero(), y: zero(), products: 0 },
    live: emptyTally(),
  })),
  retestDays: emptyTally(),
})

/** Every item of the instrument answered: only such responses count towards alpha and retest. */
export const isComplete = (instrument: Instrument, answers: Record<string, unknown>): answers is Answers =>
  instrument.items.every((item) => item.key in answers)

/** Each dimension's total of keyed item scores, in the instrument's dimension order; null if incomplete. */
export const dimensionTotals = (
  instrument: Instrument,
  answers: Record<string, unknown>,
): number[] | null => {
  if (!isComplete(instrument, answers)) return null
  return instrument.dimensions.map(({ key }) =>
    instrument.items
      .filter((item) => item.dimension === key)
      .reduce((sum, item) => sum + itemScore(item, answers[item.key]), 0),
  )
}

type AddAttemptArgs = {
  statistics: RunningStatistics
  instrument: Instrument
  answers: Record<string, unknown>
  sample: 'live' | 'synthetic'
}

/** The statistics with one more stored response; the input is left as it was. */
export const addAttempt = ({
  statistics,
  instrument,
  answers,
  sample,
}: AddAttemptArgs): RunningStatistics => {
  const responses = { ...statistics.responses, [sample]: statistics.responses[sample] + 1 }
  if (!isComplete(instrument, answers)) return { ...statistics, responses }
  const scores = scoreAnswers(instrument, answers)
  const dimensions = statistics.dimensions.map((entry): DimensionStatistics => {
    const items = instrument.items.filter((item) => item.dimension === entry.dimension)
    const values = items.map((item) => itemScore(item, answers[item.key]))
    const total = values.reduce((sum, value) => sum + value, 0)
    return {
      ...entry,
      alpha: {
        n: entry.alpha.n + 1,
        items: entry.alpha.items.map((moments, index) => addToMoments(moments, values[index])),
        total: addToMoments(entry.alpha.total, total),
      },
      live: sample === 'live' ? addToTally(entry.live, scores[entry.dimension].score) : entry.live,
    }
  })
  return { ...statistics, responses, dimensions }
}

type AddPairArgs = {
  statistics: RunningStatistics
  /** Dimension totals of the earlier attempt and of its retake (`dimensionTotals`). */
  first: { totals: number[]; createdAt?: string | null }
  retake: { totals: number[]; createdAt?: string | null }
}

/** The statistics with one more (attempt, retake) pair, and its interval in whole days when both times are known. */
export const addRetestPair = ({ statistics, first, retake }: AddPairArgs): RunningStatistics => {
  const dimensions = statistics.dimensions.map((entry, index): DimensionStatistics => {
    const x = first.totals[index]
    const y = retake.totals[index]
    return {
      ...entry,
      retest: {
        n: entry.retest.n + 1,
        x: addToMoments(entry.retest.x, x),
        y: addToMoments(entry.retest.y, y),
        products: entry.retest.products + x * y,
      },
    }
  })
  const interval = Date.parse(retake.createdAt ?? '') - Date.parse(first.createdAt ?? '')
  const retestDays = Number.isFinite(interval)
    ? addToTally(statistics.retestDays, Math.round(interval / DAY_MS))
    : statistics.retestDays
  return { ...statistics, dimensions, retestDays }
}
