import type { CollectionConfig } from 'payload'

import { isStaffField } from '../../access/isStaff'
import { formatCheck, formatValidator } from '../../fields/formatCheck'
import { vocabularySelect } from '../../fields/vocabularySelect'
import { SOURCE_TYPES, STUDY_DESIGNS, VERIFICATION_STATUSES } from '../../lib/evidence/model'
import { duplicateKeysOf } from '../../lib/evidence/sources'
import { contentCollection } from '../contentCollection'
import { deriveFlags } from './hooks/deriveFlags'
import { refuseDuplicateSource } from './hooks/refuseDuplicateSource'
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
    beforeChange: [stampVerification, deriveFlags, refuseDuplicateSource],
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
            { name: 'suffix', type: 'text', label: 'Suffix', admin: { description: 'Jr., III…' } },
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
      name: 'reportNumber',
      type: 'text',
      admin: { description: 'A report or working-paper number, e.g. "NBER Working Paper 31161".' },
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
      name: 'laterPublishedAs',
      type: 'group',
      label: 'Later published as',
      admin: {
        description:
          'For a preprint or working paper since published after peer review: where. Readers see "preprint, since published in …".',
      },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'venue', type: 'text' },
            { name: 'year', type: 'number', min: 1900, max: 2100 },
            {
              name: 'doi',
              type: 'text',
              label: 'DOI',
              validate: formatValidator(DOI_FORMAT),
              hooks: { beforeValidate: [formatCheck(DOI_FORMAT)] },
            },
          ],
        },
        { name: 'url', type: 'text', label: 'URL' },
      ],
    },
    {
      name: 'duplicateKeys',
      type: 'text',
      hasMany: true,
      index: true,
      admin: { hidden: true },
      hooks: { beforeChange: [({ data, originalDoc }) => duplicateKeysOf({ ...originalDoc, ...data })] },
    },
    {
      name: 'provenance',
      type: 'group',
      fields: [
        vocabularySelect({ name: 'sourceType', vocabulary: SOURCE_TYPES, required: true, index: true }),
        vocabularySelect({ name: 'studyDesign', vocabulary: STUDY_DESIGNS, required: true }),
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
        vocabularySelect({
          name: 'status',
          vocabulary: VERIFICATION_STATUSES,
          required: true,
          defaultValue: 'unverified',
          index: true,
        }),
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
