import type { CollectionConfig, CollectionSlug } from 'payload'

import { actorOf } from '../lib/actor'
import { BUNDLES_SLUG } from '../lib/slugs'
import type { ResolvedWorkflowOptions } from '../types'
import { bundleEndpoints } from '../endpoints/bundleEndpoints'

/**
 * A review bundle: a document submitted together with the unpublished documents it cites, reviewed,
 * approved and published as one. Written only by the plugin's bundle actions; the members' own stages
 * say where the bundle stands.
 */
export const reviewBundlesCollection = (options: ResolvedWorkflowOptions): CollectionConfig => ({
  slug: BUNDLES_SLUG,
  labels: { singular: 'Review bundle', plural: 'Review bundles' },
  admin: { useAsTitle: 'title', group: 'Review', hidden: true },
  access: {
    read: ({ req }) => actorOf(req.user, options) !== null,
    create: () => false,
    update: () => false,
    delete: () => false,
  },
  endpoints: bundleEndpoints(options),
  fields: [
    { name: 'title', type: 'text', required: true },
    {
      name: 'status',
      type: 'select',
      required: true,
      index: true,
      defaultValue: 'open',
      options: [
        { label: 'Open', value: 'open' },
        { label: 'Published', value: 'published' },
        { label: 'Dissolved', value: 'dissolved' },
      ],
    },
    {
      name: 'lead',
      type: 'group',
      admin: { description: 'The document the bundle was submitted from.' },
      fields: [
        { name: 'collectionSlug', type: 'text', required: true },
        { name: 'documentId', type: 'text', required: true },
      ],
    },
    {
      name: 'members',
      type: 'array',
      required: true,
      fields: [
        { name: 'key', type: 'text', required: true, index: true },
        { name: 'collectionSlug', type: 'text', required: true },
        { name: 'documentId', type: 'text', required: true },
        { name: 'title', type: 'text' },
      ],
    },
    { name: 'submittedBy', type: 'relationship', relationTo: options.usersSlug as CollectionSlug },
    { name: 'publishedAt', type: 'date' },
  ],
})
