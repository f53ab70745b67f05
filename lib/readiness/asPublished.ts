import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

type Doc = Record<string, unknown>

export type AsPublishedArgs = {
  payload: Payload
  req?: PayloadRequest
  /** Documents going live together with the one checked: their newest drafts count as live. */
  bundle?: { collection: string; id: string }[]
}

/** Loads documents of one collection by id, as readers would see them once the bundle is published. */
export type AsPublishedLoader = (collection: CollectionSlug, ids: string[]) => Promise<Map<string, Doc>>

/**
 * The catalogue as it would be once a bundle goes live: published documents, plus the newest drafts of
 * the bundle's members. Without a bundle, only what readers see today counts, so a page cannot go live
 * pointing at a draft. Relationships stay ids (depth 0); the caller follows them through the same view.
 */
export const asPublishedView = ({ payload, req, bundle = [] }: AsPublishedArgs): AsPublishedLoader => {
  return async (collection, ids) => {
    const wanted = [...new Set(ids)]
    const members = new Set(bundle.filter((ref) => ref.collection === collection).map((ref) => ref.id))
    const drafts = wanted.filter((id) => members.has(id))
    const live = wanted.filter((id) => !members.has(id))
    const read = async (list: string[], draft: boolean) => {
      if (list.length === 0) return []
      const { docs } = await payload.find({
        collection,
        draft,
        where: draft
          ? { id: { in: list } }
          : { and: [{ id: { in: list } }, { _status: { equals: 'published' } }] },
        depth: 0,
        limit: list.length,
        pagination: false,
        overrideAccess: true,
        req,
      })
      return docs as unknown as Doc[]
    }
    const [fromDrafts, fromLive] = await Promise.all([read(drafts, true), read(live, false)])
    return new Map([...fromLive, ...fromDrafts].map((doc) => [String(doc.id), doc]))
  }
}
