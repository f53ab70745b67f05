import type { CollectionConfig } from 'payload'

import { isAdmin } from '../../access/isAdmin'
import { resultHolderOrAdmin } from '../../access/resultHolderOrAdmin'
import { jsonReadout } from '../../fields/jsonReadout'
import { rebuildStatisticsAfterDelete } from './hooks/rebuildStatisticsAfterDelete'
import { updateStatistics } from './hooks/updateStatistics'

/**
 * One anonymous attempt. Nobody lists or reads these over the API except admins; the reader reaches
 * their own through the unguessable result id in their result URL (see `access/resultHolderOrAdmin`). Only
 * the submit endpoint creates them, after validating and scoring on the server.
 */
export const AssessmentResponses: CollectionConfig = {
  slug: 'assessment-responses',
  admin: {
    useAsTitle: 'resultId',
    defaultColumns: ['assessment', 'sample', 'createdAt'],
    group: 'Assessments',
  },
  access: {
    read: resultHolderOrAdmin,
    create: () => false,
    update: () => false,
    delete: isAdmin,
  },
  hooks: { afterChange: [updateStatistics], afterDelete: [rebuildStatisticsAfterDelete] },
  fields: [
    { name: 'assessment', type: 'relationship', relationTo: 'assessments', required: true, index: true },
    { name: 'resultId', type: 'text', required: true, unique: true, index: true },
    { name: 'idempotencyKey', type: 'text', unique: true, index: true },
    {
      name: 'answersHash',
      type: 'text',
      admin: {
        readOnly: true,
        description:
          'SHA-256 of the answers: the idempotency key replays this result only for these answers.',
      },
    },
    {
      name: 'sample',
      type: 'select',
      required: true,
      defaultValue: 'live',
      index: true,
      options: [
        { label: 'Live (a real reader)', value: 'live' },
        { label: 'Synthetic (generated demo reference sample)', value: 'synthetic' },
      ],
    },
    {
      name: 'retakeOf',
      type: 'relationship',
      relationTo: 'assessment-responses',
      admin: { description: 'The earlier attempt this one retakes; pairs feed the test-retest correlation.' },
    },
    jsonReadout({ name: 'answers', required: true }),
    jsonReadout({ name: 'scores', required: true }),
    jsonReadout({ name: 'percentiles', required: true }),
    jsonReadout({ name: 'recommendations', required: true }),
  ],
}
