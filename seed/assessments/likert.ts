import type { LikertItem } from '../../lib/assessment/instrument'

export const AGREEMENT_SCALE = [
  { value: 1, label: 'Strongly disagree' },
  { value: 2, label: 'Disagree' },
  { value: 3, label: 'Neither' },
  { value: 4, label: 'Agree' },
  { value: 5, label: 'Strongly agree' },
]

/** A five-point agreement item; `reverse` marks statements worded against the dimension. */
export const likert = (
  key: string,
  dimension: string,
  group: string,
  text: string,
  reverse = false,
): LikertItem => ({
  key,
  type: 'likert',
  dimension,
  group,
  text,
  min: 1,
  max: 5,
  reverse,
})
