import type { CollectionAfterChangeHook } from 'payload'

import type { ResolvedWorkflowOptions } from '../types'

/**
 * When a source becomes unreliable, every published document citing it goes back to review, with an
 * audit entry each, in the transaction of the change that caused it.
 */
export const flagCitingPages =
  (options: ResolvedWorkflowOptions): CollectionAfterChangeHook =>
  async ({ doc, previousDoc, req }) => {
    const retraction = options.retraction
    if (!retraction || !retraction.isUnreliable(doc)) return doc
    if (previousDoc && retraction.isUnreliable(previousDoc)) return doc

    const citing = await retraction.findCitingDocuments({
      payload: req.payload,
      req,
      sourceId: String(doc.id),
    })
    const reason = `Re-review needed: the source “${String(doc.title ?? doc.id)}” is now ${String(
      (doc.verification as { status?: string } | undefined)?.status ?? 'unreliable',
    )}.`
    // The Local API merges `context` into the shared request; put it back afterwards so the system's
    // licence ends with the cascade.
    const callerContext = { ...req.context }
    try {
      for (const { collection, id } of citing) {
        await req.payload.update({
          collection,
          id,
          // The collection is only known at run time, so its data type is too.
          data: { stage: 'in-review', reviewNote: reason } as never,
          context: { workflowSystem: true, workflowActor: 'source retraction' },
          overrideAccess: true,
          req,
        })
      }
    } finally {
      req.context = callerContext
    }
    return doc
  }
