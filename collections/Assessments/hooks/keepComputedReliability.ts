import type { CollectionBeforeChangeHook } from 'payload'

import type { Assessment } from '../../../payload-types'

/**
 * Reliability is written straight to the document row by the recompute (never to a version), so an
 * editorial save — which starts from the latest version — would carry stale figures or none. Every
 * save takes the figures from the row as last computed instead.
 */
export const keepComputedReliability: CollectionBeforeChangeHook<Assessment> = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation !== 'update' || !originalDoc?.id) return data
  const current = await req.payload.db.findOne<Assessment>({
    collection: 'assessments',
    where: { id: { equals: originalDoc.id } },
    req,
  })
  return { ...data, reliability: current?.reliability ?? data.reliability ?? null }
}
