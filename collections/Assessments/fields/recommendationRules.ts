import type { ArrayField } from 'payload'

/**
 * What a skill-level result may recommend, each backed by a finding that supports that advice. A
 * matching instrument has none: it matches careers on their O*NET interest profiles and cites those.
 */
export const recommendationRulesField: ArrayField = {
  name: 'recommendationRules',
  type: 'array',
  admin: {
    condition: (data) => data?.kind === 'skill-level',
    description:
      'Advice for readers still at beginner level on a dimension, each with the finding that supports it.',
  },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'career', type: 'relationship', relationTo: 'careers' },
        { name: 'skill', type: 'relationship', relationTo: 'skills' },
      ],
    },
    {
      name: 'dimension',
      type: 'text',
      admin: { description: 'The dimension whose beginner level triggers this recommendation.' },
    },
    {
      name: 'reason',
      type: 'textarea',
      required: true,
      admin: { description: 'The advice, and how the finding supports it.' },
    },
    {
      name: 'finding',
      type: 'relationship',
      relationTo: 'findings',
      required: true,
      admin: { description: 'The evidence shown beside the recommendation, with its source.' },
    },
  ],
}
