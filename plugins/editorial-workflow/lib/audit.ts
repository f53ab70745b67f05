import type { CollectionConfig, CollectionSlug, PayloadRequest, RequestContext } from 'payload'

import { STAGE_LABELS, type Stage } from '../stages'
import { singularLabel } from './labels'
import type { ResolvedWorkflowOptions } from '../types'

type AuditArgs = {
  options: ResolvedWorkflowOptions
  req: PayloadRequest
  context: RequestContext
  collection: CollectionConfig
  doc: Record<string, unknown>
  from: Stage | 'none'
  to: Stage | 'none'
  /** What happened, when it is more than a move between stages ("deleted", "restored version …"). */
  event?: string
  note?: string | null
  versionId?: string | null
}

const label = (stage: Stage | 'none', fallback: string) => (stage === 'none' ? fallback : STAGE_LABELS[stage])

/** Appends one entry to the audit log, in the transaction of the change it records. */
export const writeAuditEntry = async ({
  options,
  req,
  context,
  collection,
  doc,
  from,
  to,
  event,
  note = null,
  versionId = null,
}: AuditArgs) => {
  const titleField = collection.admin?.useAsTitle ?? 'id'
  const title = String(doc[titleField] ?? doc.id)
  const who = req.user ? String(req.user.email ?? req.user.id) : 'system'
  const actor = context.workflowActor ? `${who} (${String(context.workflowActor)})` : who
  const move = `${label(from, 'created')} → ${label(to, 'deleted')}`

  await req.payload.create({
    collection: options.auditLogSlug as CollectionSlug,
    // The audit collection's slug is an option, so its data type is only known at run time.
    data: {
      summary: `${singularLabel(collection)} “${title}”, ${event ? `${event} (${move})` : move}`,
      user: req.user?.id ?? null,
      actor,
      collectionSlug: collection.slug,
      documentId: String(doc.id),
      from,
      to,
      note,
      versionId,
    } as never,
    overrideAccess: true,
    req,
  })
}
