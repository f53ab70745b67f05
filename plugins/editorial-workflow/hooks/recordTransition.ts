import type { CollectionAfterChangeHook, CollectionSlug } from 'payload'

import { writeAuditEntry } from '../lib/audit'
import { clearRestore, restoredVersionOf } from '../lib/restoring'
import type { Stage } from '../stages'
import type { ResolvedWorkflowOptions } from '../types'

/**
 * The note this save wrote, if it wrote one. A note stays on the document while the request is open,
 * so later saves carry it along; only the transition that set it records it.
 */
const noteSetBy = (doc: Record<string, unknown>, previousDoc: Record<string, unknown> | undefined) => {
  const note = typeof doc.reviewNote === 'string' && doc.reviewNote.trim() ? doc.reviewNote : null
  return note && note !== previousDoc?.reviewNote ? note : null
}

/**
 * Writes the audit entry for a save that moved a document between stages, and for every restore of
 * an old version, in the same transaction.
 */
export const recordTransition =
  (options: ResolvedWorkflowOptions): CollectionAfterChangeHook =>
  async ({ collection, context, doc, operation, previousDoc, req }) => {
    // A batch writer (an import) records one entry for the whole batch instead of one per document.
    if (context.workflowBatch) return doc
    const restored = restoredVersionOf(context)
    clearRestore(context)
    const from = (operation === 'create' ? 'none' : (previousDoc?.stage ?? 'draft')) as Stage | 'none'
    const to = doc.stage as Stage
    if (!restored && (from === to || (operation === 'create' && to === 'draft'))) return doc

    const versions = await req.payload.findVersions({
      collection: collection.slug as CollectionSlug,
      where: { parent: { equals: doc.id } },
      sort: '-updatedAt',
      limit: 1,
      depth: 0,
      req,
    })
    await writeAuditEntry({
      options,
      req,
      context,
      collection,
      doc,
      from,
      to,
      event: restored
        ? `restored version ${restored} as a draft`
        : (context.workflowEvent as string | undefined),
      note: noteSetBy(doc, previousDoc),
      versionId: versions.docs[0] ? String(versions.docs[0].id) : null,
    })
    return doc
  }
