import type { CollectionConfig } from 'payload'

import { topicField } from '../../fields/topic'
import { contentCollection } from '../contentCollection'
import { revalidateFaq } from './hooks/revalidateFaq'

export const Faqs: CollectionConfig = contentCollection({
  slug: 'faqs',
  labels: { singular: 'FAQ', plural: 'FAQs' },
  admin: {
    useAsTitle: 'question',
    defaultColumns: ['question', 'topic', '_status'],
    group: 'Evidence pages',
  },
  hooks: {
    afterChange: [revalidateFaq.afterChange],
    afterDelete: [revalidateFaq.afterDelete],
  },
  fields: [
    { name: 'question', type: 'text', required: true },
    { name: 'answer', type: 'textarea', required: true },
    {
      name: 'citedFindings',
      type: 'relationship',
      relationTo: 'findings',
      hasMany: true,
      admin: { description: 'Every number in the answer must come from one of these.' },
    },
    topicField(),
    { name: 'careers', type: 'relationship', relationTo: 'careers', hasMany: true, index: true },
    { name: 'skills', type: 'relationship', relationTo: 'skills', hasMany: true, index: true },
  ],
})
