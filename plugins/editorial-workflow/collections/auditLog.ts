import type { CollectionConfig, CollectionSlug } from 'payload'

import { forbidden } from '../lib/errors'
import { STAGES } from '../stages'
import type { ResolvedWorkflowOptions } from '../types'

const stageOptions = [
  { label: 'None', value: 'none' },
  ...STAGES.map((stage) => ({ label: stage, value: stage })),
]

/**
 * One entry per workflow transition. Entries are written by the plugin's hooks only, and nobody can
 * change or remove one through any API — not even trusted server code.
 */
export const auditLogCollection = (options: ResolvedWorkflowOptions): CollectionConfig => ({
  slug: options.auditLogSlug,
  labels: { singular: 'Audit entry', plural: 'Audit log' },
  admin: {
    useAsTitle: 'summary',
    defaultColumns: ['createdAt', 'summary', 'user', 'note'],
    group: 'Review',
    description: 'Every review transition: who, when, from, to, note and version. Append-only.',
  },
  access: {
    read: ({ req }) => options.isReviewer(req.user),
    create: () => false,
    update: () => false,
    delete: () => false,
  },
  hooks: {
    beforeChange: [
      ({ operation }) => {
        if (operation !== 'create') throw forbidden('Audit entries cannot be changed.')
      },
    ],
    beforeDelete: [
      () => {
        throw forbidden('Audit entries cannot be deleted.')
      },
    ],
  },
  fields: [
    { name: 'summary', type: 'text', required: true },
    { name: 'user', type: 'relationship', relationTo: options.usersSlug as CollectionSlug },
    { name: 'actor', type: 'text', required: true, admin: { description: 'Who, as recorded at the time.' } },
    { name: 'collectionSlug', type: 'text', required: true, index: true },
    { name: 'documentId', type: 'text', required: true, index: true },
    { name: 'from', type: 'select', required: true, options: stageOptions },
    { name: 'to', type: 'select', required: true, options: stageOptions },
    { name: 'note', type: 'textarea' },
    { name: 'versionId', type: 'text' },
  ],
})
