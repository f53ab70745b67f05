import type { CollectionConfig } from 'payload'

import { topicField } from '../../fields/topic'
import { CERTAINTY_GRADES, selectOptions } from '../../lib/evidence/model'
import { contentCollection } from '../contentCollection'
import { revalidateFinding } from './hooks/revalidateFinding'

export const Findings: CollectionConfig = contentCollection({
  slug: 'findings',
  admin: {
    useAsTitle: 'headline',
    defaultColumns: ['headline', 'source', 'topic', 'certainty'],
    group: 'Evidence',
  },
  hooks: {
    afterChange: [revalidateFinding.afterChange],
    afterDelete: [revalidateFinding.afterDelete],
  },
  fields: [
    {
      name: 'headline',
      type: 'text',
      required: true,
      maxLength: 90,
      admin: { description: 'The short stat shown on a card, with its number: "−40% time, +18% quality".' },
    },
    {
      name: 'statement',
      type: 'textarea',
      required: true,
      admin: { description: 'The full claim, as the study supports it.' },
    },
    { name: 'source', type: 'relationship', relationTo: 'sources', required: true, index: true },
    {
      name: 'figures',
      type: 'array',
      admin: { description: 'Every number the headline and statement quote.' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'label', type: 'text', required: true },
            { name: 'value', type: 'number', required: true },
            { name: 'unit', type: 'text', required: true },
          ],
        },
      ],
    },
    topicField(),
    { name: 'population', type: 'text', required: true },
    { name: 'scope', type: 'text', required: true },
    {
      name: 'certainty',
      type: 'select',
      required: true,
      admin: { description: 'GRADE certainty of this claim as applied to careers.' },
      options: selectOptions(CERTAINTY_GRADES),
    },
    { name: 'limitations', type: 'textarea', required: true },
  ],
})
