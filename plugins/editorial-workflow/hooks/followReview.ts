import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionSlug,
  PayloadRequest,
} from 'payload'

import { bundleInContext } from '../lib/bundles/context'
import { sendMembersBackToDraft } from '../lib/bundles/decideBundle'
import { loadMembers, openBundleOf } from '../lib/bundles/members'
import { changeSummary } from '../lib/diff/whatChanged'
import { titleOf } from '../lib/documents'
import { lastAuthor, personName } from '../lib/queue/author'
import { bundleRowKey, documentRowKey, putQueueRow, removeQueueRows } from '../lib/queue/rows'
import { cancelSchedules } from '../lib/schedule/cancel'
import { STAGE_LABELS, type Stage } from '../stages'
import type { DocumentRef, ResolvedWorkflowOptions } from '../types'

type Doc = Record<string, unknown>

type FollowArgs = { req: PayloadRequest; options: ResolvedWorkflowOptions; ref: DocumentRef; doc: Doc }

/** A document submitted on its own waits in the queue as one item. */
const queueDocument = async ({ req, options, ref, doc }: FollowArgs) => {
  const system = req.context.workflowSystem ? ` (${String(req.context.workflowActor ?? 'system')})` : ''
  await putQueueRow(req, {
    key: documentRowKey(ref),
    collectionSlug: ref.collection,
    documentId: ref.id,
    title: titleOf(req.payload, ref.collection, doc),
    author: await lastAuthor(req, ref.collection, ref.id),
    submittedBy: `${personName(req.user)}${system}`,
    summary: await changeSummary({
      payload: req.payload,
      req,
      options,
      collection: ref.collection,
      current: doc,
    }),
    note: system ? ((doc.reviewNote as string | null | undefined) ?? null) : null,
  })
}

/** A member changed after its bundle was submitted: the review covered the bundle, so all of it starts again. */
const bundleBackToDraft = async ({ req, options, ref, doc }: FollowArgs) => {
  const bundle = await openBundleOf(req, ref)
  if (!bundle) return
  const members = await loadMembers(req, bundle)
  const why = `“${titleOf(req.payload, ref.collection, doc)}” in its bundle changed`
  await sendMembersBackToDraft({ req, bundle, members, why })
  await removeQueueRows(req, [bundleRowKey(bundle.id)])
  await cancelSchedules({
    req,
    options,
    bundleId: String(bundle.id),
    reason: `${why} after approval`,
    stage: 'draft',
  })
}

const cancelReason = (req: PayloadRequest, to: Stage) =>
  to === 'published'
    ? `${personName(req.user)} published it before its time`
    : to === 'draft'
      ? 'the content changed after approval'
      : `it moved to “${STAGE_LABELS[to]}”`

/**
 * Keeps what hangs off the review in step with each move between stages, in the same transaction: the
 * review queue, the bundle a changed member belongs to, and scheduled publications the move makes
 * wrong. Saves that do not move the stage cost nothing; the bundle actions do their own bookkeeping.
 */
export const followReview =
  (options: ResolvedWorkflowOptions): CollectionAfterChangeHook =>
  async ({ collection, context, doc, operation, previousDoc, req }) => {
    if (context.workflowBatch || bundleInContext(context)) return doc
    const to = ((doc.stage as Stage | undefined) ?? 'draft') as Stage
    const from = operation === 'create' ? undefined : ((previousDoc?.stage as Stage | undefined) ?? 'draft')
    if (from === to || (operation === 'create' && to !== 'in-review')) return doc
    const ref = { collection: collection.slug as CollectionSlug, id: String(doc.id) }
    const args = { req, options, ref, doc }

    if (to === 'in-review') await queueDocument(args)
    else if (from === 'in-review') await removeQueueRows(req, [documentRowKey(ref)])

    const reviewed = from === 'in-review' || from === 'approved'
    if (to === 'draft' && reviewed && !context.workflowSystem) await bundleBackToDraft(args)

    if (from === 'approved' && !context.workflowSchedule) {
      await cancelSchedules({ req, options, ref, reason: cancelReason(req, to), stage: to })
    }
    if (to === 'retracted') {
      await cancelSchedules({
        req,
        options,
        ref,
        action: 'unpublish',
        except: context.workflowSchedule as string | undefined,
        reason: 'it was retracted',
        stage: to,
      })
    }
    return doc
  }

/** A deleted document leaves the queue. */
export const leaveQueueOnDelete: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  await removeQueueRows(req, [
    documentRowKey({ collection: collection.slug as CollectionSlug, id: String(doc.id) }),
  ])
  return doc
}
