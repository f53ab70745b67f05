import type { CollectionConfig } from 'payload'

import { isStaffField } from '../../access/isStaff'
import { formatCheck, formatValidator } from '../../fields/formatCheck'
import { selectOptions, SOURCE_TYPES, STUDY_DESIGNS, VERIFICATION_STATUSES } from '../../lib/evidence/model'
import { contentCollection } from '../contentCollection'
import { deriveFlags } from './hooks/deriveFlags'
import { stampVerification } from './hooks/stampVerification'
import { revalidateSource } from './hooks/revalidateSource'

const DOI_FORMAT = {
  pattern: /^10\.\d{4,9}\/\S+$/,
  message: 'A DOI starts with "10." and has a slash, e.g. 10.1126/science.adh2586.',
}
const derived = { readOnly: true, description: 'Derived from the provenance fields on save.' }

export const Sources: CollectionConfig = contentCollection({
  slug: 'sources',
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'year', 'provenance.sourceType', 'verification.status'],
    group: 'Evidence',
  },
  hooks: {
    beforeChange: [stampVerification, deriveFlags],
    afterChange: [revalidateSource.afterChange],
    afterDelete: [revalidateSource.afterDelete],
  },
  fields: [
    { name: 'title', type: 'text', required: true },
    {
      name: 'authors',
      type: 'array',
      required: true,
      minRows: 1,
      admin: { description: 'People: family name and given names. Organisations: name only.' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'name', type: 'text', required: true, label: 'Family name or organisation' },
            { name: 'given', type: 'text', label: 'Given names' },
          ],
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'venue',
          type: 'text',
          required: true,
          admin: { description: 'Journal, publisher or issuing body.' },
        },
        { name: 'volume', type: 'text' },
        { name: 'issue', type: 'text' },
        { name: 'pages', type: 'text' },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'year', type: 'number', required: true, min: 1900, max: 2100, index: true },
        { name: 'publishedDate', type: 'date' },
        { name: 'dateAccessed', type: 'date' },
      ],
    },
    {
      name: 'doi',
      type: 'text',
      label: 'DOI',
      index: true,
      admin: { description: 'Bare DOI, e.g. 10.1126/science.adh2586.' },
      validate: formatValidator(DOI_FORMAT),
      hooks: { beforeValidate: [formatCheck(DOI_FORMAT)] },
    },
    { name: 'url', type: 'text', label: 'URL', required: true },
    { name: 'archiveUrl', type: 'text', label: 'Archive URL' },
    { name: 'licence', type: 'text' },
    {
      name: 'provenance',
      type: 'group',
      fields: [
        {
          name: 'sourceType',
          type: 'select',
          required: true,
          index: true,
          options: selectOptions(SOURCE_TYPES),
        },
        { name: 'studyDesign', type: 'select', required: true, options: selectOptions(STUDY_DESIGNS) },
        { name: 'sampleSize', type: 'number', min: 1 },
        { name: 'sampleDescription', type: 'text' },
        { name: 'conflictOfInterest', type: 'textarea' },
      ],
    },
    {
      name: 'flags',
      type: 'group',
      admin: derived,
      fields: [
        { name: 'vendorSurvey', type: 'checkbox', defaultValue: false, admin: derived },
        { name: 'recallBias', type: 'checkbox', defaultValue: false, admin: derived },
        { name: 'preprint', type: 'checkbox', defaultValue: false, admin: derived },
        { name: 'retracted', type: 'checkbox', defaultValue: false, admin: derived },
      ],
    },
    {
      name: 'verification',
      type: 'group',
      fields: [
        {
          name: 'status',
          type: 'select',
          required: true,
          defaultValue: 'unverified',
          index: true,
          options: selectOptions(VERIFICATION_STATUSES),
        },
        {
          name: 'note',
          type: 'textarea',
          admin: { description: 'What was checked, or what is still to check.' },
        },
        {
          name: 'checkedBy',
          type: 'relationship',
          relationTo: 'users',
          // Who checked is the team's business, and a path into staff accounts readers must not query.
          access: { read: isStaffField },
          admin: { readOnly: true },
        },
        { name: 'checkedAt', type: 'date', admin: { readOnly: true } },
      ],
    },
  ],
})
