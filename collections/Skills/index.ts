import type { CollectionConfig } from 'payload'

import { slugField } from '../../fields/slug'
import { contentCollection } from '../contentCollection'
import { revalidateSkill } from './hooks/revalidateSkill'

export const Skills: CollectionConfig = contentCollection({
  slug: 'skills',
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'kind', 'slug'],
    group: 'Catalogue',
  },
  hooks: {
    afterChange: [revalidateSkill.afterChange],
    afterDelete: [revalidateSkill.afterDelete],
  },
  fields: [
    { name: 'name', type: 'text', required: true },
    slugField('name'),
    { name: 'summary', type: 'textarea', required: true },
    {
      name: 'kind',
      type: 'select',
      required: true,
      options: [
        { label: 'Language', value: 'language' },
        { label: 'Framework or tool', value: 'framework-or-tool' },
        { label: 'Platform', value: 'platform' },
        { label: 'Method', value: 'method' },
        { label: 'Domain knowledge', value: 'domain' },
        { label: 'Interpersonal', value: 'interpersonal' },
      ],
    },
    {
      name: 'adjacentSkills',
      type: 'relationship',
      relationTo: 'skills',
      hasMany: true,
      maxRows: 10,
      // A skill's neighbours are populated once, never their neighbours in turn (see Careers).
      maxDepth: 1,
      admin: { description: 'Skills that genuinely neighbour this one in practice (at most ten).' },
      filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
    },
  ],
})
