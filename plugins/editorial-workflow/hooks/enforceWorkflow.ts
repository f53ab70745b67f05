import type { CollectionBeforeChangeHook } from 'payload'

import { actorOf } from '../lib/actor'
import { bundleInContext } from '../lib/bundles/context'
import { contentAuthorsSincePublication } from '../lib/contentAuthors'
import { changeDetector } from '../lib/content'
import { badRequest, forbidden } from '../lib/errors'
import { restoredVersionOf } from '../lib/restoring'
import { findTransition, REVIEWED_STAGES, type Stage, STAGE_LABELS } from '../stages'
import type { ResolvedWorkflowOptions } from '../types'

type WorkflowData = Record<string, unknown> & { _status?: string; stage?: Stage; reviewNote?: string | null }

/**
 * A restored version arrives with its old status, stage and note. It is read as what it is: a draft
 * edit of the current document, which keeps the current stage and note (and loses a review it covered).
 */
const asDraftEdit = (data: WorkflowData, before: WorkflowData | undefined): WorkflowData => ({
  ...data,
  _status: 'draft',
  stage: before?.stage ?? 'draft',
  reviewNote: before?.reviewNote ?? null,
})

/**
 * The review workflow's rules, applied to every save from every path: which transitions exist and
 * who may make them, four-eyes, readiness, and "an approval covers one version".
 */
export const enforceWorkflow = (options: ResolvedWorkflowOptions): CollectionBeforeChangeHook => {
  const { contentChanged, visibleChanged } = changeDetector(options.judgementFields)
  return async ({ collection, context, data, operation, originalDoc, req }) => {
    const before = originalDoc as WorkflowData | undefined
    const incoming = restoredVersionOf(context)
      ? asDraftEdit(data as WorkflowData, before)
      : (data as WorkflowData)
    const previous: Stage = before?.stage ?? 'draft'
    const actor = actorOf(req.user, options)
    // An editor's change of a source's standing is reviewed like content; a reviewer's is bookkeeping.
    const differs = actor === 'editor' ? visibleChanged : contentChanged
    const changed = operation === 'create' || differs(before, incoming)
    const goingLive = incoming._status === 'published' && (before?._status !== 'published' || changed)

    if (!req.user || context.workflowSystem) {
      // The system is nobody's author: whoever wrote the content it carries stays recorded. A cascade
      // names the stage it sets, which holds even when it republishes the live version.
      const stage =
        (context.workflowStage as Stage | undefined) ??
        (goingLive ? 'published' : (incoming.stage ?? previous))
      return { ...incoming, changedBy: incoming.changedBy ?? null, stage }
    }
    const userId = String(req.user.id)
    const withAuthor = { ...incoming, changedBy: changed ? req.user.id : null }

    const authorsSincePublication = async () => {
      const authors = before?.id
        ? await contentAuthorsSincePublication({ req, collection: collection.slug, id: before.id as string })
        : new Set<string>()
      if (changed) authors.add(userId)
      return authors
    }
    const readiness = async () => {
      const result = await options.checkReadiness({
        payload: req.payload,
        req,
        collection: collection.slug,
        data: incoming,
        bundle: bundleInContext(context)?.members,
      })
      if (!result.ready) {
        const list = result.issues.map((issue) => issue.message).join(' ')
        return `It is not ready. ${list}`
      }
      return null
    }

    if (goingLive) {
      if (actor !== 'reviewer') throw forbidden('Only reviewers and admins publish.')
      if (changed) {
        throw forbidden(
          'The content changed in this save, so the approval no longer covers it. Save it as a draft and have it approved again.',
        )
      }
      const publishing = findTransition(previous, 'published')
      if (!publishing) {
        throw forbidden(
          `Only an approved version can be published; this one is "${STAGE_LABELS[previous]}". Submit it for review first.`,
        )
      }
      if (publishing.fourEyes && (await authorsSincePublication()).has(userId)) {
        throw forbidden(
          'Four-eyes rule. You changed this content since it was last published, so someone else must publish it.',
        )
      }
      const problem = publishing.needsReadiness ? await readiness() : null
      if (problem) throw forbidden(`Cannot publish. ${problem}`)
      // A note belongs to the transition that wrote it; the audit log keeps it.
      return { ...withAuthor, stage: 'published', reviewNote: null }
    }

    const next: Stage = incoming.stage ?? previous
    if (next !== previous) {
      if (next === 'published') {
        throw badRequest(
          'To publish, use Publish once the document is approved (over the API, save it with _status set to published).',
        )
      }
      const transition = findTransition(previous, next)
      if (!transition) {
        throw badRequest(
          `A document that is "${STAGE_LABELS[previous]}" cannot move to "${STAGE_LABELS[next]}".`,
        )
      }
      if (!actor || !transition.by.includes(actor)) {
        throw forbidden(
          `Only a reviewer or admin can move a document from "${STAGE_LABELS[previous]}" to "${STAGE_LABELS[next]}".`,
        )
      }
      if (
        transition.needsNote &&
        (!incoming.reviewNote?.trim() || incoming.reviewNote === before?.reviewNote)
      ) {
        throw badRequest(
          'Write a review note saying what needs to change; the editor sees it on the document.',
        )
      }
      if (transition.fourEyes && (await authorsSincePublication()).has(userId)) {
        throw forbidden(
          'Four-eyes rule. You changed this content since it was last published, so someone else must approve it.',
        )
      }
      if (transition.needsReadiness) {
        const problem = await readiness()
        if (problem) throw badRequest(`Cannot move to "${STAGE_LABELS[next]}". ${problem}`)
      }
      return {
        ...withAuthor,
        stage: next,
        // A note belongs to the transition that wrote it: resubmitting closes the change request, and
        // the audit log keeps the note with the request.
        reviewNote: transition.needsNote ? incoming.reviewNote : null,
        ...(next === 'retracted' ? { _status: 'draft' } : {}),
      }
    }

    // A cleared Stage select means "no move": the document keeps the stage it had.
    if (changed && REVIEWED_STAGES.includes(previous)) return { ...withAuthor, stage: 'draft' }
    return { ...withAuthor, stage: previous }
  }
}
