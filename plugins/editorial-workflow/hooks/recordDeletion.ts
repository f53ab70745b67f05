import type { CollectionAfterDeleteHook } from 'payload'

import { writeAuditEntry } from '../lib/audit'
import type { Stage } from '../stages'
import type { ResolvedWorkflowOptions } from '../types'

/** A deletion is the last entry in a document's audit trail, written in the same transaction. */
export const recordDeletion =
  (options: ResolvedWorkflowOptions): CollectionAfterDeleteHook =>
  async ({ collection, context, doc, req }) => {
    await writeAuditEntry({
      options,
      req,
      context,
      collection,
      doc,
      from: (doc.stage as Stage | undefined) ?? 'draft',
      to: 'none',
      event: 'deleted',
    })
    return doc
  }
