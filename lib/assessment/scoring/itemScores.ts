import type { InstrumentItem } from '../instrument'
import type { Answers } from '../submit/answersSchema'

/** The level or point chosen, as a number, whatever shape the answer took. */
export const answerValue = (answer: Answers[string]): number =>
  typeof answer === 'number' ? answer : answer.level

/** An item's score: reverse-keyed Likert items count from the other end of the scale. */
export const itemScore = (item: InstrumentItem, answer: Answers[string]): number => {
  const value = answerValue(answer)
  if (item.type === 'likert' && item.reverse) return item.min + item.max - value
  return value
}
