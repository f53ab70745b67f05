import type { CollectionConfig, CollectionSlug } from 'payload'

import { actorOf } from '../lib/actor'
import { QUEUE_SLUG } from '../lib/slugs'
import type { ResolvedWorkflowOptions } from '../types'
import { queueEndpoints } from '../endpoints/queueEndpoints'

/**
 * One row per item waiting for a reviewer (a document, or a bundle as one item), kept by the plugin's
 * hooks in the transaction of each submission and decision, so the queue is one indexed query however
 * long it is. Claims live on the row.
 */
export const reviewQueueCollection = (options: ResolvedWorkflowOptions): CollectionConfig => ({
  slug: QUEUE_SLUG,
  labels: { singular: 'Review queue item', plural: 'Review queue' },
  admin: { useAsTitle: 'title', group: 'Review', hidden: true },
  access: {
    read: ({ req }) => actorOf(req.user, options) !== null,
    create: () => false,
    update: () => false,
    delete: () => false,
  },
  endpoints: queueEndpoints(options),
  fields: [
    { name: 'key', type: 'text', required: true, unique: true },
    { name: 'collectionSlug', type: 'text', required: true, index: true },
    { name: 'documentId', type: 'text', required: true },
    { name: 'bundle', type: 'text', admin: { description: 'The review bundle this item is, if any.' } },
    { name: 'members', type: 'number', defaultValue: 1 },
    { name: 'title', type: 'text', required: true },
    { name: 'waitingSince', type: 'date', required: true, index: true },
    { name: 'author', type: 'text', admin: { description: 'Who changed the content, as recorded then.' } },
    { name: 'submittedBy', type: 'text' },
    { name: 'summary', type: 'text', admin: { description: 'What changed since the last publication.' } },
    { name: 'note', type: 'text' },
    { name: 'claimedBy', type: 'relationship', relationTo: options.usersSlug as CollectionSlug },
    { name: 'claimedByName', type: 'text' },
    { name: 'claimedAt', type: 'date' },
  ],
})
