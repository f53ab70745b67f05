import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

import { changeSummary } from '../diff/whatChanged'
import { titleOf } from '../documents'
import { lastAuthor } from './author'
import { documentRowKey, putQueueRow } from './rows'

type RebuildArgs = { payload: Payload; req: PayloadRequest; collections: CollectionSlug[] }

/**
 * Queues every document already in review, for a database that held some before the queue was kept
 * (run once, by the migration that adds it). Their waiting time starts from now; their summaries leave
 * out the app's headline judgements.
 */
export const rebuildReviewQueue = async ({ payload, req, collections }: RebuildArgs) => {
  for (const collection of collections) {
    if (!payload.collections[collection]) continue
    const { docs } = await payload.find({
      collection,
      draft: true,
      where: { stage: { equals: 'in-review' } },
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
    for (const doc of docs as unknown as Record<string, unknown>[]) {
      const id = String(doc.id)
      await putQueueRow(req, {
        key: documentRowKey({ collection, id }),
        collectionSlug: collection,
        documentId: id,
        title: titleOf(payload, collection, doc),
        author: await lastAuthor(req, collection, id),
        submittedBy: 'not recorded',
        summary: await changeSummary({ payload, req, options: {}, collection, current: doc }),
        note: (doc.reviewNote as string | null | undefined) ?? null,
      })
    }
  }
}
