import type { CollectionConfig } from 'payload'
import { textarea } from 'payload/shared'

import { originField, requiredWhenCurated } from '../../fields/origin'
import { searchTextField } from '../../fields/searchText'
import { slugField } from '../../fields/slug'
import { selectOptions, SKILL_KINDS } from '../../lib/evidence/model'
import { contentCollection } from '../contentCollection'
import { onetTechnology } from './fields/onetTechnology'
import { revalidateSkill } from './hooks/revalidateSkill'

type SkillNames = { name?: string; aliases?: { name?: string }[]; onet?: { examples?: string[] } }

/** A skill is found by its name, the other names editors recorded, and the release's spellings. */
const skillNames = (data: Record<string, unknown>) => {
  const { name, aliases, onet } = data as SkillNames
  return [
    name,
    ...(Array.isArray(aliases) ? aliases.map((alias) => alias.name) : []),
    ...(Array.isArray(onet?.examples) ? onet.examples : []),
  ]
}

export const Skills: CollectionConfig = contentCollection({
  slug: 'skills',
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'kind', 'origin', 'slug'],
    group: 'Catalogue',
  },
  hooks: {
    afterChange: [revalidateSkill.afterChange],
    afterDelete: [revalidateSkill.afterDelete],
  },
  fields: [
    { name: 'name', type: 'text', required: true },
    slugField('name'),
    originField(),
    { name: 'summary', type: 'textarea', validate: requiredWhenCurated(textarea) },
    {
      name: 'kind',
      type: 'select',
      required: true,
      options: selectOptions(SKILL_KINDS),
    },
    {
      name: 'aliases',
      type: 'array',
      labels: { singular: 'Other name', plural: 'Other names' },
      admin: {
        description:
          'Other names the skill goes by, e.g. how a dataset spells it ("Structured query language SQL"). An import matches them instead of adding a duplicate.',
      },
      fields: [{ name: 'name', type: 'text', required: true }],
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
    onetTechnology,
    searchTextField(skillNames),
  ],
})
