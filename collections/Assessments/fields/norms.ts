import type { GroupField } from 'payload'

/** The reference sample scores are compared with, and where it comes from. */
export const normsField: GroupField = {
  name: 'norms',
  type: 'group',
  fields: [
    {
      name: 'synthetic',
      type: 'checkbox',
      label: 'The reference sample is synthetic (generated, not collected)',
      admin: { description: 'The result page says so plainly when this is ticked.' },
    },
    {
      name: 'sampleDescription',
      type: 'textarea',
      required: true,
      admin: { description: 'Who, when, how many, how recruited.' },
    },
    {
      name: 'dimensions',
      type: 'array',
      required: true,
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'dimension', type: 'text', required: true },
            { name: 'n', type: 'number', required: true, min: 2 },
            { name: 'mean', type: 'number', required: true },
            { name: 'sd', type: 'number', required: true, min: 0 },
          ],
        },
      ],
    },
  ],
}
