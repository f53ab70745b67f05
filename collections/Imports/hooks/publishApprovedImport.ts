import type { CollectionAfterChangeHook } from 'payload'

import { publishImport, rollBackImport } from '../../../lib/onet/import/decideImport'

/** Approving a run publishes everything it wrote; rejecting it removes what it created. Same transaction. */
export const publishApprovedImport: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  if (previousDoc?.status !== 'awaiting-approval' || doc.status === previousDoc.status) return doc
  if (doc.status === 'approved') await publishImport({ req, importRun: doc })
  if (doc.status === 'rejected') await rollBackImport({ req, importRun: doc })
  return doc
}
