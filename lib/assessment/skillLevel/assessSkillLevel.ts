import type { Instrument, RubricItem } from '../instrument'
import { type DimensionScales, scaleParts } from '../scoring/scaleParts'
import { answerValue } from '../scoring/itemScores'
import type { Answers } from '../submit/answersSchema'
import { anchorsOf, levelOfAnswer, levelReachedByHalf, type SkillLevel } from './levels'

/** One rubric answer as a result shows it back: the anchor chosen, the next one up, the reader's note. */
export type RubricAnswer = {
  item: string
  question: string
  value: number
  /** Place of the chosen anchor, 1 = lowest, out of `of`. */
  position: number
  of: number
  anchor: string
  level: SkillLevel
  /** The anchor one step up: what to do next on this question. Null at the top. */
  next: { value: number; description: string } | null
  /** The evidence the reader typed, trimmed; null when they typed none. */
  evidence: string | null
}

export type DimensionSkill = {
  dimension: string
  label: string
  /** Null for a dimension without rubric questions: self-ratings alone do not set a level. */
  level: SkillLevel | null
  rubric: RubricAnswer[]
  scales: DimensionScales
}

export type SkillLevelResult = { overall: SkillLevel | null; dimensions: DimensionSkill[] }

const rubricAnswer = (item: RubricItem, answers: Answers): RubricAnswer => {
  const answer = answers[item.key]
  const value = answerValue(answer)
  const anchors = anchorsOf(item)
  const index = anchors.findIndex((anchor) => anchor.value === value)
  const next = anchors[index + 1]
  const evidence = typeof answer === 'object' ? answer.evidence?.trim() : undefined
  return {
    item: item.key,
    question: item.text,
    value,
    position: index + 1,
    of: anchors.length,
    anchor: anchors[index]?.description ?? '',
    level: levelOfAnswer(item, value),
    next: next ? { value: next.value, description: next.description } : null,
    evidence: evidence || null,
  }
}

/**
 * The reader's level per dimension and overall, read from the rubric anchors only. Likert items are
 * self-ratings of confidence, so they are reported (on their own scale, in `scales`) but never move
 * a level. A dimension's level is the highest that at least half its rubric answers reach; the
 * overall level is the highest that at least half the dimensions reach.
 */
export const assessSkillLevel = (instrument: Instrument, answers: Answers): SkillLevelResult => {
  const scales = scaleParts(instrument, answers)
  const dimensions = instrument.dimensions.map(({ key, label }) => {
    const rubric = instrument.items
      .filter((item): item is RubricItem => item.type === 'rubric' && item.dimension === key)
      .map((item) => rubricAnswer(item, answers))
    return {
      dimension: key,
      label,
      level: levelReachedByHalf(rubric.map((answer) => answer.level)),
      rubric,
      scales: scales[key],
    }
  })
  const levels = dimensions.flatMap((dimension) => (dimension.level ? [dimension.level] : []))
  return { overall: levelReachedByHalf(levels), dimensions }
}
