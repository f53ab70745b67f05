import type { CollectionConfig, CollectionSlug } from 'payload'

import { forbidden } from '../lib/errors'
import { STAGE_LABELS, STAGES } from '../stages'
import type { ResolvedWorkflowOptions } from '../types'

const stageOptions = [
  { label: 'None', value: 'none' },
  ...STAGES.map((stage) => ({ label: STAGE_LABELS[stage], value: stage })),
]

/** Screen furniture for the entries: links, filters and names, left out when the plugin is disabled. */
const screens = (options: ResolvedWorkflowOptions) => ({
  links: options.disabled
    ? []
    : [
        {
          name: 'links',
          type: 'ui' as const,
          admin: {
            components: {
              Field: `${options.exportPath}/client#AuditEntryLinks`,
              Cell: `${options.exportPath}/client#AuditEntryLinksCell`,
            },
          },
        },
      ],
  list: options.disabled ? {} : { beforeListTable: [`${options.exportPath}/client#AuditLogFilters`] },
  person: options.disabled
    ? {}
    : {
        components: {
          Field: {
            path: `${options.exportPath}/client#PersonField`,
            clientProps: { usersSlug: options.usersSlug, nameField: options.userNameField },
          },
        },
      },
  collection: options.disabled
    ? {}
    : { components: { Cell: `${options.exportPath}/client#CollectionLabelCell` } },
})

/**
 * One entry per workflow transition. Entries are written by the plugin's hooks only, and nobody can
 * change or remove one through any API — not even trusted server code. An entry is a record to read:
 * its page has no Edit or API tab and no Save.
 */
export const auditLogCollection = (options: ResolvedWorkflowOptions): CollectionConfig => {
  const screen = screens(options)
  return {
    slug: options.auditLogSlug,
    labels: { singular: 'Audit entry', plural: 'Audit log' },
    admin: {
      useAsTitle: 'summary',
      defaultColumns: ['createdAt', 'summary', 'user', 'note', ...(options.disabled ? [] : ['links'])],
      group: 'Review',
      description: 'Every review transition: who, when, from, to, note and version. Append-only.',
      hideAPIURL: true,
      components: {
        ...screen.list,
        views: { edit: { default: { tab: { condition: () => false } } } },
      },
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
      ...screen.links,
      { name: 'summary', type: 'text', required: true },
      {
        name: 'user',
        type: 'relationship',
        relationTo: options.usersSlug as CollectionSlug,
        label: 'Who',
        admin: screen.person,
      },
      {
        name: 'actor',
        type: 'text',
        required: true,
        admin: { description: 'Who, as recorded at the time.' },
      },
      {
        name: 'collectionSlug',
        type: 'text',
        required: true,
        index: true,
        label: 'Collection',
        admin: screen.collection,
      },
      { name: 'documentId', type: 'text', required: true, index: true, label: 'Document ID' },
      { name: 'from', type: 'select', required: true, options: stageOptions },
      { name: 'to', type: 'select', required: true, options: stageOptions },
      { name: 'note', type: 'textarea' },
      { name: 'versionId', type: 'text', label: 'Version ID' },
    ],
  }
}
