import { type InstrumentItem, itemRange } from '../instrument'
import type { Answers } from '../submit/answersSchema'
import { itemScore } from './itemScores'

/** The items of one response format within a dimension, summarised on their own scale. */
export type ScalePart = { mean: number; min: number; max: number; items: number }

export type DimensionScales = { likert: ScalePart | null; rubric: ScalePart | null }

const summarise = (items: InstrumentItem[], answers: Answers): ScalePart | null => {
  if (items.length === 0) return null
  const ranges = items.map(itemRange)
  const average = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length
  return {
    mean: average(items.map((item) => itemScore(item, answers[item.key]))),
    min: average(ranges.map((range) => range.min)),
    max: average(ranges.map((range) => range.max)),
    items: items.length,
  }
}

/**
 * Each dimension's self-ratings (Likert) and anchored levels (rubric) summarised apart, each on its
 * own scale. Agreement on a 1–5 scale and a level reached on a 1–4 rubric measure different things;
 * their pooled mean ("3.50 of 1.00–4.50") reads on neither, so a result shows these instead.
 */
export const scaleParts = (
  { dimensions, items }: { dimensions: { key: string }[]; items: InstrumentItem[] },
  answers: Answers,
): Record<string, DimensionScales> =>
  Object.fromEntries(
    dimensions.map(({ key }) => {
      const own = items.filter((item) => item.dimension === key)
      return [
        key,
        {
          likert: summarise(
            own.filter((item) => item.type === 'likert'),
            answers,
          ),
          rubric: summarise(
            own.filter((item) => item.type === 'rubric'),
            answers,
          ),
        },
      ]
    }),
  )
