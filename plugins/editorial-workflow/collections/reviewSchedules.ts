import type { CollectionConfig, CollectionSlug } from 'payload'

import { actorOf } from '../lib/actor'
import { SCHEDULES_SLUG } from '../lib/slugs'
import type { ResolvedWorkflowOptions } from '../types'
import { scheduleEndpoints } from '../endpoints/scheduleEndpoints'

/**
 * A publication or unpublication set for a time, carried out by the jobs queue as the reviewer who set
 * it. Written only by the plugin: scheduling checks the approval and four-eyes, and a change to the
 * content after approval cancels a scheduled publication.
 */
export const reviewSchedulesCollection = (options: ResolvedWorkflowOptions): CollectionConfig => ({
  slug: SCHEDULES_SLUG,
  labels: { singular: 'Scheduled publication', plural: 'Scheduled publications' },
  admin: {
    useAsTitle: 'title',
    group: 'Review',
    defaultColumns: ['title', 'action', 'at', 'status', 'scheduledByName'],
    description: 'Publications and unpublications set for a time. Set them on the document.',
  },
  access: {
    read: ({ req }) => actorOf(req.user, options) !== null,
    create: () => false,
    update: () => false,
    delete: () => false,
  },
  endpoints: scheduleEndpoints(options),
  fields: [
    { name: 'title', type: 'text', required: true },
    {
      name: 'action',
      type: 'select',
      required: true,
      options: [
        { label: 'Publish', value: 'publish' },
        { label: 'Unpublish', value: 'unpublish' },
      ],
    },
    {
      name: 'at',
      type: 'date',
      required: true,
      index: true,
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
    { name: 'collectionSlug', type: 'text', required: true, index: true },
    { name: 'documentId', type: 'text', required: true, index: true },
    { name: 'bundle', type: 'text', index: true, admin: { description: 'Publishes this review bundle.' } },
    {
      name: 'status',
      type: 'select',
      required: true,
      index: true,
      defaultValue: 'scheduled',
      options: [
        { label: 'Scheduled', value: 'scheduled' },
        { label: 'Done', value: 'done' },
        { label: 'Cancelled', value: 'cancelled' },
        { label: 'Failed', value: 'failed' },
      ],
    },
    { name: 'scheduledBy', type: 'relationship', relationTo: options.usersSlug as CollectionSlug },
    { name: 'scheduledByName', type: 'text' },
    { name: 'versionId', type: 'text', admin: { description: 'The approved version it publishes.' } },
    { name: 'jobId', type: 'text' },
    { name: 'outcome', type: 'text', admin: { description: 'What happened, or why it was cancelled.' } },
  ],
})
