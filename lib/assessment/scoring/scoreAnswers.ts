import { type Instrument, itemRange } from '../instrument'
import type { Answers } from '../submit/answersSchema'
import { itemScore } from './itemScores'

export type DimensionScore = { score: number; min: number; max: number; items: number }

/**
 * Each dimension's score is the mean of its keyed item scores, so it reads on the items' own scale
 * (1–5 for a five-point item) whatever the number of items.
 */
export const scoreAnswers = (instrument: Instrument, answers: Answers): Record<string, DimensionScore> => {
  const result: Record<string, DimensionScore> = {}
  for (const { key } of instrument.dimensions) {
    const items = instrument.items.filter((item) => item.dimension === key)
    const scores = items.map((item) => itemScore(item, answers[item.key]))
    const ranges = items.map(itemRange)
    result[key] = {
      score: scores.reduce((sum, value) => sum + value, 0) / scores.length,
      min: ranges.reduce((sum, range) => sum + range.min, 0) / ranges.length,
      max: ranges.reduce((sum, range) => sum + range.max, 0) / ranges.length,
      items: items.length,
    }
  }
  return result
}
