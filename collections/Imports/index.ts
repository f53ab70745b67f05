import type { CollectionConfig } from 'payload'

import { isStaff } from '../../access/isStaff'
import { isReviewer } from '../../access/isReviewer'
import { jsonReadout } from '../../fields/jsonReadout'
import { IMPORT_STATUSES } from './statuses'
import { decideImport } from './hooks/decideImport'
import { publishApprovedImport } from './hooks/publishApprovedImport'

const recorded = { readOnly: true }

/**
 * One run of a dataset import (`npm run import:onet`): what was read, what it changes, and the
 * review decision. What a run creates or changes stays a draft until a reviewer other than the person
 * who ran it approves the run, which publishes the whole batch at once.
 */
export const Imports: CollectionConfig = {
  slug: 'imports',
  labels: { singular: 'Import', plural: 'Imports' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'status', 'ranBy', 'createdAt'],
    group: 'Review',
    description: 'Dataset imports. Approving one publishes everything it created or changed.',
  },
  access: {
    read: isStaff,
    create: () => false,
    update: isReviewer,
    delete: () => false,
  },
  hooks: {
    beforeChange: [decideImport],
    afterChange: [publishApprovedImport],
  },
  fields: [
    { name: 'title', type: 'text', required: true, admin: recorded },
    {
      name: 'status',
      type: 'select',
      required: true,
      index: true,
      options: [...IMPORT_STATUSES],
      admin: {
        position: 'sidebar',
        description: 'Reviewers approve or reject a run that awaits approval; approving publishes it.',
      },
    },
    {
      name: 'decisionNote',
      type: 'textarea',
      admin: { position: 'sidebar', description: 'Why it was approved or rejected.' },
    },
    {
      name: 'decidedBy',
      type: 'relationship',
      relationTo: 'users',
      admin: { ...recorded, position: 'sidebar' },
    },
    { name: 'decidedAt', type: 'date', admin: { ...recorded, position: 'sidebar' } },
    {
      type: 'row',
      fields: [
        { name: 'dataset', type: 'relationship', relationTo: 'sources', required: true, admin: recorded },
        { name: 'version', type: 'text', required: true, admin: recorded },
        { name: 'releaseLabel', type: 'text', admin: recorded },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'ranBy', type: 'relationship', relationTo: 'users', admin: recorded },
        { name: 'ranAs', type: 'text', admin: { ...recorded, description: 'Who ran it, as recorded then.' } },
        { name: 'durationMs', type: 'number', label: 'Duration (ms)', admin: recorded },
      ],
    },
    {
      name: 'counts',
      type: 'group',
      admin: recorded,
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'created', type: 'number', required: true, admin: recorded },
            { name: 'updated', type: 'number', required: true, admin: recorded },
            { name: 'unchanged', type: 'number', required: true, admin: recorded },
            { name: 'rejected', type: 'number', required: true, admin: recorded },
          ],
        },
      ],
    },
    jsonReadout({ name: 'files', admin: { description: 'Each file read, with its SHA-256 and rows.' } }),
    jsonReadout({ name: 'rejectedRows', admin: { description: 'Rows refused, with file:line and reason.' } }),
    jsonReadout({ name: 'differences', admin: { description: 'What this run creates or changes.' } }),
  ],
}
