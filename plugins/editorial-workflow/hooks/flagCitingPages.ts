import type { CollectionAfterChangeHook, CollectionSlug, PayloadRequest } from 'payload'

import { sendBackToReview } from '../lib/sendBackToReview'
import { isUnreliable, standingOf } from '../lib/standing'
import type { ResolvedWorkflowOptions } from '../types'

type PublishedBeforeArgs = { req: PayloadRequest; collection: CollectionSlug; id: unknown }

/**
 * The version readers saw before this save: the newest published version is the one just written,
 * so it is the one after it. Drafts in between never reached a reader.
 */
const publishedBefore = async ({ req, collection, id }: PublishedBeforeArgs) => {
  const { docs } = await req.payload.findVersions({
    collection,
    where: { and: [{ parent: { equals: id } }, { 'version._status': { equals: 'published' } }] },
    sort: '-updatedAt',
    limit: 2,
    depth: 0,
    req,
  })
  return docs[1]?.version as unknown as Record<string, unknown> | undefined
}

/**
 * When a source that readers see becomes unreliable, every published document citing it goes back to
 * review, with an audit entry each, in the transaction of the change that caused it. Only a change
 * that reaches readers counts: a draft (an editor's, or a restored version) waits for its review, and
 * cascades when it is published.
 */
export const flagCitingPages =
  (options: ResolvedWorkflowOptions): CollectionAfterChangeHook =>
  async ({ collection, doc, req }) => {
    const retraction = options.retraction
    if (!retraction || doc._status !== 'published' || !isUnreliable(retraction, doc)) return doc
    const before = await publishedBefore({ req, collection: collection.slug as CollectionSlug, id: doc.id })
    if (before && isUnreliable(retraction, before)) return doc

    const citing = await retraction.findCitingDocuments({
      payload: req.payload,
      req,
      sourceId: String(doc.id),
    })
    const title = String(doc[collection.admin?.useAsTitle ?? 'id'] ?? doc.id)
    const reason = `Re-review needed. The source “${title}” is now ${standingOf(retraction, doc) ?? 'unreliable'}.`
    // The Local API merges `context` into the shared request; put it back afterwards so the system's
    // licence ends with the cascade.
    const callerContext = { ...req.context }
    try {
      for (const { collection, id } of citing) await sendBackToReview({ req, collection, id, reason })
    } finally {
      req.context = callerContext
    }
    return doc
  }
