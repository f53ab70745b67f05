import type { CollectionSlug, Payload, TypedUser } from 'payload'

import type { ResolvedWorkflowOptions } from '../types'
import { singularLabel } from './labels'

export type NeedsChangesItem = {
  collection: string
  collectionLabel: string
  id: string
  title: string
  note: string
  requestedAt: string
}

type Args = { payload: Payload; user: TypedUser; options: ResolvedWorkflowOptions }

/** At most this many documents per collection: a list to act on, not an archive. */
const LIMIT = 50

/**
 * The person's documents that a reviewer sent back: in "changes requested", with a version whose
 * content they wrote. Two queries per governed collection, however many documents wait.
 */
export const loadNeedsChanges = async ({ payload, user, options }: Args): Promise<NeedsChangesItem[]> => {
  const perCollection = await Promise.all(
    options.collections.map(async (slug) => {
      const config = payload.collections[slug]?.config
      const { docs } = await payload.find({
        collection: slug,
        draft: true,
        where: { stage: { equals: 'changes-requested' } },
        sort: '-updatedAt',
        depth: 0,
        limit: LIMIT,
        overrideAccess: false,
        user,
      })
      if (docs.length === 0) return []
      const ids = docs.map((doc) => doc.id)
      const authored = await payload.findVersions({
        collection: slug as CollectionSlug,
        where: { and: [{ parent: { in: ids } }, { 'version.changedBy': { equals: user.id } }] },
        depth: 0,
        pagination: false,
        select: { parent: true },
        overrideAccess: false,
        user,
      })
      const theirs = new Set(authored.docs.map((version) => String(version.parent)))
      return (docs as unknown as Record<string, unknown>[])
        .filter((doc) => theirs.has(String(doc.id)))
        .map((doc) => ({
          collection: slug,
          collectionLabel: config ? singularLabel(config) : slug,
          id: String(doc.id),
          title: String(doc[config?.admin?.useAsTitle ?? 'id'] ?? doc.id),
          note: typeof doc.reviewNote === 'string' ? doc.reviewNote : '',
          requestedAt: String(doc.updatedAt),
        }))
    }),
  )
  return perCollection.flat().sort((a, b) => b.requestedAt.localeCompare(a.requestedAt))
}
