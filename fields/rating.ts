import type { GroupField } from 'payload'

type RatingOption = { label: string; value: string }

type RatingFieldArgs = {
  name: string
  label: string
  options: RatingOption[]
  description: string
}

/**
 * A rating that always says where it came from: a cited finding, or an analyst's judgement with its
 * reasoning. A page never shows a bare verdict.
 */
export const ratingField = ({ name, label, options, description }: RatingFieldArgs): GroupField => ({
  name,
  label,
  type: 'group',
  admin: { description },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'value', type: 'select', required: true, options },
        {
          name: 'basis',
          type: 'select',
          required: true,
          defaultValue: 'analyst-judgement',
          options: [
            { label: 'A cited finding', value: 'finding' },
            { label: 'Analyst judgement', value: 'analyst-judgement' },
          ],
        },
      ],
    },
    {
      name: 'finding',
      type: 'relationship',
      relationTo: 'findings',
      admin: { condition: (_, siblingData) => siblingData?.basis === 'finding' },
      validate: (value: unknown, { siblingData }: { siblingData: { basis?: string } }) =>
        siblingData?.basis !== 'finding' || Boolean(value) || 'Name the finding this rating comes from.',
    },
    {
      name: 'rationale',
      type: 'textarea',
      required: true,
      admin: { description: 'Why this rating, for this career and this skill.' },
    },
  ],
})
