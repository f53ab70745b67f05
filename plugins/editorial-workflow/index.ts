import type { CollectionConfig, Config, Plugin, PayloadRequest } from 'payload'

import { auditLogCollection } from './collections/auditLog'
import { reviewBundlesCollection } from './collections/reviewBundles'
import { reviewQueueCollection } from './collections/reviewQueue'
import { reviewSchedulesCollection } from './collections/reviewSchedules'
import { restoreAsDraftEndpoint } from './endpoints/restoreAsDraft'
import { workflowFields } from './fields'
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

const COMPONENTS = '/plugins/editorial-workflow/components'

const withWorkflow = (collection: CollectionConfig, options: ResolvedWorkflowOptions): CollectionConfig => ({
  ...collection,
  fields: [
    whatChangedField(options),
    ...collection.fields,
    ...workflowFields(options),
    ...reviewSidebarFields(options),
  ],
  endpoints:
    collection.endpoints === false
      ? false
      : [restoreAsDraftEndpoint({ options, slug: collection.slug }), ...(collection.endpoints ?? [])],
  admin: {
    ...collection.admin,
    components: {
      ...collection.admin?.components,
      edit: {
        ...collection.admin?.components?.edit,
        PublishButton: {
          path: `${COMPONENTS}/ReviewerPublishButton#ReviewerPublishButton`,
          serverProps: { isReviewer: options.isReviewer },
        },
        UnpublishButton: {
          path: `${COMPONENTS}/ReviewerUnpublishButton#ReviewerUnpublishButton`,
          serverProps: { isReviewer: options.isReviewer },
        },
      },
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
    const options: ResolvedWorkflowOptions = {
      auditLogSlug: 'audit-log',
      usersSlug: 'users',
      claimMinutes: 30,
      scheduleCron: '*/5 * * * * *',
      ...incoming,
    }
    const governed = new Set<string>(options.collections)
    const missing = options.collections.filter((slug) => !config.collections?.some((c) => c.slug === slug))
    if (missing.length) throw new Error(`editorialWorkflow: no collection named ${missing.join(', ')}`)

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
            { path: `${COMPONENTS}/Dashboard#ReviewDashboard`, serverProps: { workflow: options } },
          ],
          afterNavLinks: [
            ...(config.admin?.components?.afterNavLinks ?? []),
            `${COMPONENTS}/ReviewQueueLink#ReviewQueueLink`,
          ],
          views: {
            ...config.admin?.components?.views,
            reviewQueue: {
              Component: {
                path: `${COMPONENTS}/ReviewQueue#ReviewQueueView`,
                serverProps: { workflow: options },
              },
              path: '/review-queue',
            },
          },
        },
      },
    }
  }
