import type { CollectionSlug, RequiredDataFromCollectionSlug, Where } from 'payload'

import { SEED_CONTEXT, type SeedContext } from './context'

type FindOrCreateArgs<TSlug extends CollectionSlug> = {
  ctx: SeedContext
  collection: TSlug
  /** The natural key that identifies the record, e.g. its slug. */
  where: Where
  data: RequiredDataFromCollectionSlug<TSlug>
}

export type FindOrCreateResult = { id: string; created: boolean }

/**
 * Idempotent seeding: a record that already exists is left exactly as it is (an editor may have
 * improved it); a missing one is created, published.
 */
export const findOrCreate = async <TSlug extends CollectionSlug>({
  ctx,
  collection,
  where,
  data,
}: FindOrCreateArgs<TSlug>): Promise<FindOrCreateResult> => {
  const { payload, req } = ctx
  const existing = await payload.find({ collection, where, limit: 1, depth: 0, pagination: false, req })
  if (existing.docs[0]) return { id: existing.docs[0].id, created: false }

  const doc = await payload.create({
    collection,
    data: { ...data, _status: 'published' },
    context: SEED_CONTEXT,
    depth: 0,
    req,
  })
  return { id: doc.id, created: true }
}
