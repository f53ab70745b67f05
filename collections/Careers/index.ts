import type { CollectionConfig } from 'payload'
import { select, textarea } from 'payload/shared'

import { basisFields } from '../../fields/basis'
import { formatCheck, formatValidator } from '../../fields/formatCheck'
import { originField, requiredWhenCurated } from '../../fields/origin'
import { searchTextField } from '../../fields/searchText'
import { slugField } from '../../fields/slug'
import { DEMAND_PROFILES, RATING_BASES, selectOptions } from '../../lib/evidence/model'
import { contentCollection } from '../contentCollection'
import { onetFacts } from './fields/onetFacts'
import { revalidateCareer } from './hooks/revalidateCareer'

/** No released dataset here records labour demand, so demand rests on a finding or a judgement. */
const DEMAND_BASES = RATING_BASES.filter(({ value }) => value !== 'dataset')

type CareerNames = {
  title?: string
  onet?: { alternateTitles?: { title?: string; shortTitle?: string | null }[] }
}

/** A career is found by its title and every alternate title its occupation goes by. */
const careerNames = (data: Record<string, unknown>) => {
  const { title, onet } = data as CareerNames
  const alternates = Array.isArray(onet?.alternateTitles) ? onet.alternateTitles : []
  return [title, ...alternates.flatMap((alternate) => [alternate.title, alternate.shortTitle])]
}

const ONET_SOC_FORMAT = {
  pattern: /^\d{2}-\d{4}\.\d{2}$/,
  message: 'An O*NET-SOC code looks like 15-1252.00.',
}
const ISCO_08_FORMAT = { pattern: /^\d{4}$/, message: 'An ISCO-08 unit group is four digits, e.g. 2512.' }

export const Careers: CollectionConfig = contentCollection({
  slug: 'careers',
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'origin', 'demandProfile', 'slug'],
    group: 'Catalogue',
  },
  hooks: {
    afterChange: [revalidateCareer.afterChange],
    afterDelete: [revalidateCareer.afterDelete],
  },
  fields: [
    { name: 'title', type: 'text', required: true },
    slugField('title'),
    originField(),
    {
      name: 'occupation',
      type: 'relationship',
      relationTo: 'careers',
      admin: {
        condition: (data) => data?.origin !== 'onet',
        description: "The O*NET occupation this career specialises; its page shows that occupation's facts.",
      },
      filterOptions: { origin: { equals: 'onet' } },
    },
    { name: 'summary', type: 'textarea', validate: requiredWhenCurated(textarea) },
    {
      name: 'demandProfile',
      type: 'select',
      validate: requiredWhenCurated(select),
      options: selectOptions(DEMAND_PROFILES),
    },
    {
      name: 'demandBasis',
      type: 'group',
      label: 'Where the demand profile comes from',
      admin: { condition: (data) => data?.origin !== 'onet' },
      fields: basisFields({ bases: DEMAND_BASES, required: false }),
    },
    {
      name: 'taxonomy',
      type: 'group',
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'onetSoc',
              type: 'text',
              label: 'O*NET-SOC code',
              validate: formatValidator(ONET_SOC_FORMAT),
              hooks: { beforeValidate: [formatCheck(ONET_SOC_FORMAT)] },
            },
            { name: 'onetTitle', type: 'text', label: 'O*NET-SOC title' },
          ],
        },
        {
          type: 'row',
          fields: [
            { name: 'escoLabel', type: 'text', label: 'ESCO occupation' },
            {
              name: 'isco08',
              type: 'text',
              label: 'ISCO-08 unit group',
              validate: formatValidator(ISCO_08_FORMAT),
              hooks: { beforeValidate: [formatCheck(ISCO_08_FORMAT)] },
            },
          ],
        },
      ],
    },
    {
      name: 'skillClusters',
      type: 'array',
      maxRows: 8,
      admin: { description: 'Groups of skills this role uses together.' },
      fields: [
        { name: 'label', type: 'text', required: true },
        {
          name: 'skills',
          type: 'relationship',
          relationTo: 'skills',
          hasMany: true,
          required: true,
          maxRows: 10,
          // Skills link to skills and careers to careers: populated once, never again inside a
          // populated document, so a deep REST read cannot fan out through the catalogue.
          maxDepth: 1,
        },
      ],
    },
    {
      name: 'relatedCareers',
      type: 'relationship',
      relationTo: 'careers',
      hasMany: true,
      maxRows: 10,
      maxDepth: 1,
      filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
    },
    onetFacts,
    searchTextField(careerNames),
  ],
})
