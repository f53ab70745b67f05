import type { CollectionConfig } from 'payload'

import { formatCheck, formatValidator } from '../../fields/formatCheck'
import { slugField } from '../../fields/slug'
import { DEMAND_PROFILES, selectOptions } from '../../lib/evidence/model'
import { contentCollection } from '../contentCollection'
import { revalidateCareer } from './hooks/revalidateCareer'

const ONET_SOC_FORMAT = {
  pattern: /^\d{2}-\d{4}\.\d{2}$/,
  message: 'An O*NET-SOC code looks like 15-1252.00.',
}
const ISCO_08_FORMAT = { pattern: /^\d{4}$/, message: 'An ISCO-08 unit group is four digits, e.g. 2512.' }

export const Careers: CollectionConfig = contentCollection({
  slug: 'careers',
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'demandProfile', 'slug'],
    group: 'Catalogue',
  },
  hooks: {
    afterChange: [revalidateCareer.afterChange],
    afterDelete: [revalidateCareer.afterDelete],
  },
  fields: [
    { name: 'title', type: 'text', required: true },
    slugField('title'),
    { name: 'summary', type: 'textarea', required: true },
    {
      name: 'demandProfile',
      type: 'select',
      required: true,
      options: selectOptions(DEMAND_PROFILES),
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
      admin: { description: 'Groups of skills this role uses together.' },
      fields: [
        { name: 'label', type: 'text', required: true },
        { name: 'skills', type: 'relationship', relationTo: 'skills', hasMany: true, required: true },
      ],
    },
    {
      name: 'relatedCareers',
      type: 'relationship',
      relationTo: 'careers',
      hasMany: true,
      filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
    },
  ],
})
