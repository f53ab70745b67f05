import type { CollectionBeforeOperationHook, CollectionSlug } from 'payload'

import { Refusal } from '../lib/errors/refusal'

const timeOf = (value: unknown) => (typeof value === 'string' ? Date.parse(value) : Number.NaN)

/**
 * Optimistic concurrency. The admin's form sends back the `updatedAt` of the version it loaded; when
 * someone has saved the document since, this save would silently undo their work, so it is refused
 * and nothing is written. Saves that do not say what they were based on are not checked.
 */
export const refuseStaleSaves: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  req,
}) => {
  if (operation !== 'update' || !req.user) return args
  const { id, data } = args as { id?: string | number; data?: { updatedAt?: unknown } }
  const basedOn = timeOf(data?.updatedAt)
  if (id === undefined || Number.isNaN(basedOn)) return args

  const current = (await req.payload.findByID({
    collection: collection.slug as CollectionSlug,
    id,
    draft: true,
    depth: 0,
    select: { updatedAt: true },
    overrideAccess: true,
    disableErrors: true,
    req,
  })) as { updatedAt?: string } | null
  const savedAt = timeOf(current?.updatedAt)
  if (Number.isNaN(savedAt) || savedAt <= basedOn) return args
  // No colon in the words: the admin's toast reads text after a colon as a list of field errors.
  throw new Refusal(
    'Someone saved this document after you opened it, so this save would undo their work. Nothing was saved. Reload the page to see their changes, then make yours again.',
    409,
    { savedAt: new Date(savedAt).toISOString(), basedOn: new Date(basedOn).toISOString() },
  )
}
