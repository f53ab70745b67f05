import type { CollectionSlug, PayloadRequest } from 'payload'

import type { Stage } from '../stages'
import type { ResolvedWorkflowOptions } from '../types'
import { writeAuditEntry } from './audit'

type EventArgs = {
  req: PayloadRequest
  options: ResolvedWorkflowOptions
  collection: string
  id: string
  title: string
  /** The document's stage, which the event does not change. */
  stage: Stage
  event: string
  note?: string | null
}

/** An audit entry for something that happened to a document without moving it (a schedule set or cancelled). */
export const writeEventEntry = async ({
  req,
  options,
  collection,
  id,
  title,
  stage,
  event,
  note,
}: EventArgs) => {
  const config = req.payload.collections[collection as CollectionSlug]?.config
  if (!config) return
  await writeAuditEntry({
    options,
    req,
    context: req.context,
    collection: config,
    doc: { id, [config.admin?.useAsTitle ?? 'id']: title },
    from: stage,
    to: stage,
    event,
    note: note ?? null,
  })
}
