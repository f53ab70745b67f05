import type { CollectionConfig } from 'payload'

import { slugField } from '../../fields/slug'
import { selectOptions, SKILL_KINDS } from '../../lib/evidence/model'
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
      options: selectOptions(SKILL_KINDS),
    },
    {
      name: 'adjacentSkills',
      type: 'relationship',
      relationTo: 'skills',
      hasMany: true,
      admin: { description: 'Skills that genuinely neighbour this one in practice.' },
      filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
    },
  ],
})
