import type { CollectionConfig } from 'payload'

import { isAdmin } from '../../access/isAdmin'
import { jsonReadout } from '../../fields/jsonReadout'
import { rebuildEndpoint } from './endpoints/rebuild'

/**
 * The running statistics of one assessment's responses (shape: `lib/assessment/running/types`),
 * one document per assessment. Each submission reads and rewrites its document in the submit
 * transaction, so the published reliability and percentiles cost the same at any number of
 * responses. Nobody writes it over the API; `npm run stats:rebuild` or the admin-only rebuild endpoint
 * recomputes it from the responses.
 */
export const AssessmentStatistics: CollectionConfig = {
  slug: 'assessment-statistics',
  admin: {
    useAsTitle: 'instrumentKey',
    defaultColumns: ['assessment', 'updatedAt'],
    group: 'Assessments',
    description: 'Running sums behind each assessment’s reliability and percentiles. Derived; never edited.',
  },
  endpoints: [rebuildEndpoint],
  access: {
    read: isAdmin,
    create: () => false,
    update: () => false,
    delete: () => false,
  },
  fields: [
    {
      name: 'assessment',
      type: 'relationship',
      relationTo: 'assessments',
      required: true,
      unique: true,
      index: true,
      admin: { readOnly: true },
    },
    {
      name: 'instrumentKey',
      type: 'text',
      required: true,
      admin: { readOnly: true, description: 'Fingerprint of the items the sums were built on.' },
    },
    jsonReadout({ name: 'statistics', required: true }),
  ],
}
