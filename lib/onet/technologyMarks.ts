/**
 * The two marks O*NET gives a technology used in an occupation, in our own words after the O*NET
 * data dictionary's definitions. Shown in text next to each technology and explained in a legend.
 */
export const TECHNOLOGY_MARKS = {
  hot: {
    label: 'Hot',
    explanation: 'Employers ask for it often: it appears frequently in job postings across occupations.',
  },
  inDemand: {
    label: 'In demand',
    explanation: 'Employers hiring for that particular occupation name it often in their job postings.',
  },
} as const

export type TechnologyMark = keyof typeof TECHNOLOGY_MARKS
