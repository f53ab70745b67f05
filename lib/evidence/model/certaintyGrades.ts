import type { ValueOf, Vocabulary } from './vocabulary'

/**
 * GRADE certainty, in the order the Findings select lists it (highest first). Editors and readers see
 * the same words; a page adds "certainty" after them where the grade stands alone.
 */
export const CERTAINTY_GRADES = [
  {
    value: 'high',
    label: 'High',
    rank: 4,
    legend: 'Further research is very unlikely to change the answer.',
  },
  {
    value: 'moderate',
    label: 'Moderate',
    rank: 3,
    legend: 'The answer is probably close, but further research could change it.',
  },
  {
    value: 'low',
    label: 'Low',
    rank: 2,
    legend: 'The answer may well differ from the truth; further research is likely to change it.',
  },
  {
    value: 'very-low',
    label: 'Very low',
    rank: 1,
    legend: 'The answer is little more than an informed estimate.',
  },
] as const satisfies Vocabulary

export type CertaintyGrade = ValueOf<typeof CERTAINTY_GRADES>
