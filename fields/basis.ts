import type { Field } from 'payload'

import { DATASET_FACTS, RATING_BASES, type RatingBasis, type Vocabulary } from '../lib/evidence/model'
import { vocabularySelect } from './vocabularySelect'

type Sibling = { basis?: RatingBasis }

/**
 * Where a claim comes from, and its support: a cited finding, a fact of an imported dataset, or an
 * editorial judgement. Every basis keeps a rationale: why the finding, fact or judgement supports the
 * claim for this career. `bases` limits the choice where a dataset records nothing relevant.
 */
export const basisFields = ({
  bases = RATING_BASES,
  required = true,
}: {
  bases?: Vocabulary
  /** False where the claim itself is optional (an imported career states no demand); readiness decides. */
  required?: boolean
} = {}): Field[] => [
  vocabularySelect({ name: 'basis', vocabulary: bases, required, defaultValue: 'editorial-judgement' }),
  {
    name: 'finding',
    type: 'relationship',
    relationTo: 'findings',
    admin: { condition: (_, sibling: Sibling) => sibling?.basis === 'finding' },
    validate: (value: unknown, { siblingData }: { siblingData: Sibling }) =>
      siblingData?.basis !== 'finding' || Boolean(value) || 'Name the finding it comes from.',
  },
  vocabularySelect({
    name: 'datasetFact',
    vocabulary: DATASET_FACTS,
    admin: {
      condition: (_, sibling: Sibling) => sibling?.basis === 'dataset',
      description: 'Checked against the imported data of the career’s O*NET occupation.',
    },
    validate: (value: unknown, { siblingData }: { siblingData: Sibling }) =>
      siblingData?.basis !== 'dataset' || Boolean(value) || 'Name the dataset fact it comes from.',
  }),
  {
    name: 'rationale',
    type: 'textarea',
    required,
    admin: { description: 'Why, for this career: what the finding, the fact or your judgement shows.' },
  },
]
