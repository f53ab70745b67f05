import type { CollectionConfig, Config, Plugin, PayloadRequest } from 'payload'

import { auditLogCollection } from './collections/auditLog'
import { reviewBundlesCollection } from './collections/reviewBundles'
import { reviewQueueCollection } from './collections/reviewQueue'
import { reviewSchedulesCollection } from './collections/reviewSchedules'
import { restoreAsDraftEndpoint } from './endpoints/restoreAsDraft'
import { workflowCheckEndpoint } from './endpoints/workflowCheck'
import { changeRequestField, workflowFields } from './fields'
import { enforceWorkflow } from './hooks/enforceWorkflow'
import { flagCitingPages } from './hooks/flagCitingPages'
import { followReview, leaveQueueOnDelete } from './hooks/followReview'
import { guardBundleMembers } from './hooks/guardBundleMembers'
import { guardDeletes } from './hooks/guardDeletes'
import { guardRestores } from './hooks/guardRestores'
import { guardSaves } from './hooks/guardSaves'
import { recordDeletion } from './hooks/recordDeletion'
import { recordTransition } from './hooks/recordTransition'
import { previewToken } from './lib/previewToken'
import { withScheduleJobs } from './lib/schedule/jobsConfig'
import { reviewSidebarFields, whatChangedField } from './reviewFields'
import type { EditorialWorkflowOptions, ResolvedWorkflowOptions } from './types'

export type { EditorialWorkflowOptions } from './types'
export { isValidPreviewToken } from './lib/previewToken'

/** Where this repository keeps the plugin, as the import map is told when the host says nothing. */
const DEFAULT_EXPORT_PATH = '/plugins/editorial-workflow/exports'

const resolveOptions = (incoming: EditorialWorkflowOptions, config: Config): ResolvedWorkflowOptions => ({
  auditLogSlug: 'audit-log',
  usersSlug: 'users',
  userNameField: 'name',
  judgementFields: [],
  exportPath: DEFAULT_EXPORT_PATH,
  disabled: false,
  claimMinutes: 30,
  scheduleCron: '*/5 * * * * *',
  ...incoming,
  adminRoute: config.routes?.admin ?? '/admin',
})

/** The document's controls: the workflow's actions take the place of Payload's Publish and Unpublish. */
const workflowControls = (options: ResolvedWorkflowOptions) => ({
  PublishButton: {
    path: `${options.exportPath}/rsc#WorkflowActions`,
    serverProps: { workflow: options },
  },
  UnpublishButton: `${options.exportPath}/client#NoUnpublishMenuItem`,
})

/** Review stages on drafts need drafts: a collection without them would publish every save. */
const checkCollections = (config: Config, options: EditorialWorkflowOptions) => {
  const missing = options.collections.filter((slug) => !config.collections?.some((c) => c.slug === slug))
  if (missing.length) throw new Error(`editorialWorkflow: no collection named ${missing.join(', ')}`)
  const withoutDrafts = (config.collections ?? []).filter(
    (c) =>
      (options.collections as string[]).includes(c.slug) &&
      !(typeof c.versions === 'object' && c.versions.drafts),
  )
  if (withoutDrafts.length) {
    throw new Error(
      `editorialWorkflow needs drafts on every collection it governs. Turn on versions with drafts (versions.drafts = true) for ${withoutDrafts.map((c) => c.slug).join(', ')}.`,
    )
  }
}

/** With the plugin disabled a collection keeps the workflow's fields, so its schema stays the same. */
const withWorkflowFields = (
  collection: CollectionConfig,
  options: ResolvedWorkflowOptions,
): CollectionConfig => ({
  ...collection,
  fields: [
    ...changeRequestField(options),
    whatChangedField(options),
    ...collection.fields,
    ...workflowFields(options),
    ...reviewSidebarFields(options),
  ],
})

const withWorkflow = (collection: CollectionConfig, options: ResolvedWorkflowOptions): CollectionConfig => ({
  ...withWorkflowFields(collection, options),
  endpoints:
    collection.endpoints === false
      ? false
      : [
          restoreAsDraftEndpoint({ options, slug: collection.slug }),
          workflowCheckEndpoint({ options, slug: collection.slug }),
          ...(collection.endpoints ?? []),
        ],
  admin: {
    ...collection.admin,
    components: {
      ...collection.admin?.components,
      edit: { ...collection.admin?.components?.edit, ...workflowControls(options) },
    },
    ...(options.previewRoute
      ? {
          preview: (doc: Record<string, unknown>, { req }: { req: PayloadRequest }) => {
            const id = String(doc.id)
            const token = previewToken({ secret: req.payload.secret, collection: collection.slug, id })
            return `${options.previewRoute}?collection=${collection.slug}&id=${id}&token=${token}`
          },
        }
      : {}),
  },
  hooks: {
    ...collection.hooks,
    beforeOperation: [
      ...(collection.hooks?.beforeOperation ?? []),
      guardSaves(options),
      guardRestores(options),
      guardDeletes(options),
    ],
    beforeChange: [...(collection.hooks?.beforeChange ?? []), guardBundleMembers, enforceWorkflow(options)],
    afterChange: [
      ...(collection.hooks?.afterChange ?? []),
      recordTransition(options),
      followReview(options),
      ...(options.retraction?.sourceCollection === collection.slug ? [flagCitingPages(options)] : []),
    ],
    afterDelete: [...(collection.hooks?.afterDelete ?? []), recordDeletion(options), leaveQueueOnDelete],
  },
})

/**
 * Review stages on top of Payload's drafts: draft → in-review → (changes-requested → in-review)* →
 * approved → published, and published → retracted. Adds four-eyes, a readiness gate, an append-only
 * audit log, a review queue and previews to the collections named in the options.
 */
export const editorialWorkflow =
  (incoming: EditorialWorkflowOptions): Plugin =>
  (config: Config): Config => {
    checkCollections(config, incoming)
    const options = resolveOptions(incoming, config)
    const governed = new Set<string>(options.collections)

    if (options.disabled) {
      return {
        ...config,
        collections: [
          ...(config.collections ?? []).map((collection) =>
            governed.has(collection.slug) ? withWorkflowFields(collection, options) : collection,
          ),
          auditLogCollection(options),
          reviewBundlesCollection(options),
          reviewQueueCollection(options),
          reviewSchedulesCollection(options),
        ],
        jobs: withScheduleJobs(config.jobs, { ...options, scheduleCron: false }),
      }
    }

    return {
      ...config,
      collections: [
        ...(config.collections ?? []).map((collection) =>
          governed.has(collection.slug) ? withWorkflow(collection, options) : collection,
        ),
        auditLogCollection(options),
        reviewBundlesCollection(options),
        reviewQueueCollection(options),
        reviewSchedulesCollection(options),
      ],
      jobs: withScheduleJobs(config.jobs, options),
      admin: {
        ...config.admin,
        components: {
          ...config.admin?.components,
          beforeDashboard: [
            ...(config.admin?.components?.beforeDashboard ?? []),
            { path: `${options.exportPath}/rsc#NeedsChanges`, serverProps: { workflow: options } },
            { path: `${options.exportPath}/rsc#ReviewDashboard`, serverProps: { workflow: options } },
          ],
          afterNavLinks: [
            ...(config.admin?.components?.afterNavLinks ?? []),
            `${options.exportPath}/rsc#ReviewQueueLink`,
          ],
          views: {
            ...config.admin?.components?.views,
            reviewQueue: {
              Component: {
                path: `${options.exportPath}/rsc#ReviewQueueView`,
                serverProps: { workflow: options },
              },
              path: '/review-queue',
            },
          },
        },
      },
    }
  }
