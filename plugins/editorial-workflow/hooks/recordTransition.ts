import type { CollectionAfterChangeHook, CollectionSlug } from 'payload'

import { STAGE_LABELS, type Stage } from '../stages'
import type { ResolvedWorkflowOptions } from '../types'

/** Writes the audit entry for a save that moved a document between stages, in the same transaction. */
export const recordTransition =
  (options: ResolvedWorkflowOptions): CollectionAfterChangeHook =>
  async ({ collection, context, doc, operation, previousDoc, req }) => {
    // A batch writer (an import) records one entry for the whole batch instead of one per document.
    if (context.workflowBatch) return doc
    const from = (operation === 'create' ? 'none' : (previousDoc?.stage ?? 'draft')) as Stage | 'none'
    const to = doc.stage as Stage
    if (from === to || (operation === 'create' && to === 'draft')) return doc

    const versions = await req.payload.findVersions({
      collection: collection.slug as CollectionSlug,
      where: { parent: { equals: doc.id } },
      sort: '-updatedAt',
      limit: 1,
      depth: 0,
      req,
    })
    const titleField = collection.admin?.useAsTitle ?? 'id'
    const title = String(doc[titleField] ?? doc.id)
    const who = req.user ? String(req.user.email ?? req.user.id) : 'system'
    const actor = context.workflowActor ? `${who} (${String(context.workflowActor)})` : who

    await req.payload.create({
      collection: options.auditLogSlug as CollectionSlug,
      // The audit collection's slug is an option, so its data type is only known at run time.
      data: {
        summary: `${collection.slug} “${title}”: ${from === 'none' ? 'created' : STAGE_LABELS[from]} → ${STAGE_LABELS[to]}`,
        user: req.user?.id ?? null,
        actor,
        collectionSlug: collection.slug,
        documentId: String(doc.id),
        from,
        to,
        note: doc.reviewNote ?? null,
        versionId: versions.docs[0] ? String(versions.docs[0].id) : null,
      } as never,
      overrideAccess: true,
      req,
    })
    return doc
  }
