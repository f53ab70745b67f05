import type { ArrayField } from 'payload'

/**
 * What the result page may recommend, each backed by a finding. Matching instruments rank careers by
 * how well the reader's interest profile fits the career's interest code; skill-level instruments
 * recommend the skill behind the reader's weakest dimensions.
 */
export const recommendationRulesField: ArrayField = {
  name: 'recommendationRules',
  type: 'array',
  required: true,
  minRows: 1,
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'career', type: 'relationship', relationTo: 'careers' },
        { name: 'skill', type: 'relationship', relationTo: 'skills' },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'interestCode',
          type: 'text',
          admin: { description: 'Matching only: up to three RIASEC letters, strongest first, e.g. "IRC".' },
          validate: (value: string | null | undefined) =>
            !value || /^[RIASEC]{1,3}$/.test(value) || 'One to three of the letters R, I, A, S, E, C.',
        },
        {
          name: 'dimension',
          type: 'text',
          admin: {
            description: 'Skill-level only: the dimension whose low score triggers this recommendation.',
          },
        },
      ],
    },
    {
      name: 'interestCodeBasis',
      type: 'text',
      admin: {
        description:
          'Where the interest code comes from (e.g. the O*NET-SOC interest profile it was read from).',
      },
    },
    {
      name: 'reason',
      type: 'textarea',
      required: true,
      admin: { description: 'Why this follows from the score.' },
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
