import { cronbachAlpha, feldtInterval } from '../statistics/cronbachAlpha'
import { pearson } from '../statistics/pearson'
import type { Instrument } from '../instrument'
import { itemScore } from '../scoring/itemScores'
import { scoreAnswers } from '../scoring/scoreAnswers'
import type { Answers } from '../submit/answersSchema'
import { finiteOrNull, type Reliability } from './types'

export type StoredResponse = {
  id: string
  answers: Answers
  sample: 'live' | 'synthetic'
  retakeOf?: string | null
  /** ISO time the response was stored, for the retest interval. */
  createdAt?: string
}

const DAY_MS = 24 * 60 * 60 * 1000

const median = (values: number[]): number | null => {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

const isComplete = (instrument: Instrument, answers: Answers) =>
  instrument.items.every((item) => item.key in answers)

/**
 * Cronbach's alpha with Feldt's 95% interval per dimension, and the test-retest correlation of
 * dimension scores over every (attempt, retake) pair, from the responses as stored: the direct
 * definition. The site publishes the same figures from running sums (`../running`), which the tests
 * hold to this.
 */
export const computeReliability = ({
  instrument,
  responses,
  now = new Date(),
}: {
  instrument: Instrument
  responses: StoredResponse[]
  now?: Date
}): Reliability => {
  const complete = responses.filter((response) => isComplete(instrument, response.answers))
  const byId = new Map(complete.map((response) => [response.id, response]))
  const retakes = complete.filter((response) => response.retakeOf && byId.has(response.retakeOf))
  const scores = new Map(
    complete.map((response) => [response.id, scoreAnswers(instrument, response.answers)]),
  )

  const intervals = retakes
    .map(
      (retake) =>
        Date.parse(retake.createdAt ?? '') - Date.parse(byId.get(retake.retakeOf!)!.createdAt ?? ''),
    )
    .filter((ms) => Number.isFinite(ms))
    .map((ms) => Math.round(ms / DAY_MS))
  const medianIntervalDays = median(intervals)

  const dimensions = instrument.dimensions.map(({ key }) => {
    const items = instrument.items.filter((item) => item.dimension === key)
    const rows = complete.map((response) => items.map((item) => itemScore(item, response.answers[item.key])))
    const alpha = cronbachAlpha(rows)
    const interval = feldtInterval({ alpha, respondents: rows.length, items: items.length })
    const pairs = retakes.map(
      (retake) =>
        [scores.get(retake.retakeOf!)![key].score, scores.get(retake.id)![key].score] as [number, number],
    )
    return {
      dimension: key,
      items: items.length,
      n: rows.length,
      alpha: finiteOrNull(alpha),
      alphaLower: finiteOrNull(interval.lower),
      alphaUpper: finiteOrNull(interval.upper),
      retest: { pairs: pairs.length, r: finiteOrNull(pearson(pairs)), medianIntervalDays },
    }
  })

  return {
    computedAt: now.toISOString(),
    responses: {
      live: responses.filter((response) => response.sample === 'live').length,
      synthetic: responses.filter((response) => response.sample === 'synthetic').length,
    },
    dimensions,
  }
}
