import type { ArrayField } from 'payload'

/**
 * The questions. A Likert item is scored by the point chosen (reversed when reverse-keyed); a rubric
 * item by the behaviourally anchored level chosen. Free-text evidence on a rubric item is stored for
 * the reader's own notes and never scored.
 */
export const itemsField: ArrayField = {
  name: 'items',
  type: 'array',
  required: true,
  minRows: 2,
  admin: { description: 'Shown in this order; consecutive items with the same group share a page.' },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'key',
          type: 'text',
          required: true,
          admin: {
            description: 'Stable id used in answers, e.g. "r1". Never change it once responses exist.',
          },
          validate: (value: string | null | undefined) =>
            (typeof value === 'string' && /^[a-z][a-z0-9-]{0,39}$/.test(value)) ||
            'Lower-case letters, digits and hyphens, starting with a letter.',
        },
        {
          name: 'dimension',
          type: 'text',
          required: true,
          admin: { description: 'Key of a dimension above.' },
        },
        {
          name: 'group',
          type: 'text',
          required: true,
          admin: { description: 'Page title this item appears under.' },
        },
      ],
    },
    { name: 'text', type: 'textarea', required: true },
    {
      name: 'type',
      type: 'select',
      required: true,
      defaultValue: 'likert',
      options: [
        { label: 'Likert (self-report)', value: 'likert' },
        { label: 'Rubric (behaviourally anchored levels)', value: 'rubric' },
      ],
    },
    {
      type: 'row',
      admin: { condition: (_, row) => row?.type === 'likert' },
      fields: [
        { name: 'min', type: 'number', defaultValue: 1 },
        { name: 'max', type: 'number', defaultValue: 5 },
        { name: 'reverse', type: 'checkbox', label: 'Reverse-keyed', defaultValue: false },
      ],
    },
    {
      name: 'levels',
      type: 'array',
      admin: {
        condition: (_, row) => row?.type === 'rubric',
        description: 'Each level is a concrete description of what someone at that level has done.',
      },
      fields: [
        { name: 'value', type: 'number', required: true },
        { name: 'description', type: 'textarea', required: true },
      ],
    },
    {
      name: 'allowEvidence',
      type: 'checkbox',
      label: 'Offer a free-text evidence box (stored, not scored)',
      admin: { condition: (_, row) => row?.type === 'rubric' },
    },
  ],
}
