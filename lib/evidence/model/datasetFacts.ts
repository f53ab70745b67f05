import type { ValueOf, Vocabulary } from './vocabulary'

/**
 * Facts a released dataset records about a skill in an occupation, which a rating may rest on. The
 * page checks the fact against the imported data of the career's occupation every time it renders:
 * a rating citing a flag the dataset does not set is refused at submit and never shown.
 */
export const DATASET_FACTS = [
  {
    value: 'onet-hot-technology',
    label: 'O*NET marks the skill a Hot Technology for the career’s occupation',
    readerLabel: 'O*NET Hot Technology',
    legend: 'O*NET flags a technology Hot when it appears often in employers’ job postings for the occupation.',
  },
  {
    value: 'onet-in-demand',
    label: 'O*NET marks the skill In Demand for the career’s occupation',
    readerLabel: 'O*NET In Demand',
    legend: 'O*NET flags a technology In Demand when employers of the occupation ask for it often.',
  },
] as const satisfies Vocabulary

export type DatasetFact = ValueOf<typeof DATASET_FACTS>
