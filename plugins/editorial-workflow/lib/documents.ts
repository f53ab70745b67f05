import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

import type { DocumentRef } from '../types'

type Doc = Record<string, unknown>

export const refKey = ({ collection, id }: DocumentRef) => `${collection}:${id}`

/** "source", "career skill": how a collection names one of its documents in a sentence. */
export const nounOf = (payload: Payload, collection: string): string => {
  const labels = payload.collections[collection as CollectionSlug]?.config.labels
  const singular = labels?.singular
  const text =
    typeof singular === 'string'
      ? singular
      : ((singular as Record<string, string> | undefined)?.en ?? collection)
  return text.toLowerCase()
}

/** "Sources", "Career skills": how a collection is named in a list or a heading. */
export const pluralOf = (payload: Payload, collection: string): string => {
  const plural = payload.collections[collection as CollectionSlug]?.config.labels?.plural
  return typeof plural === 'string'
    ? plural
    : ((plural as Record<string, string> | undefined)?.en ?? collection)
}

/** A document's title, as its collection's admin shows it. */
export const titleOf = (payload: Payload, collection: string, doc: Doc): string => {
  const field = payload.collections[collection as CollectionSlug]?.config.admin?.useAsTitle ?? 'id'
  const title = doc[field]
  return typeof title === 'string' && title.trim() ? title : String(doc.id)
}

/** “the source “A study””: a document named in a sentence. */
export const named = (payload: Payload, ref: DocumentRef, doc: Doc) =>
  `the ${nounOf(payload, ref.collection)} “${titleOf(payload, ref.collection, doc)}”`

type NewestArgs = { payload: Payload; req?: PayloadRequest; refs: DocumentRef[]; draft?: boolean }

/**
 * The newest version (or, with `draft: false`, the main document) of each document referred to: one
 * query per collection, whatever the number of documents.
 */
export const loadDocuments = async ({ payload, req, refs, draft = true }: NewestArgs) => {
  const byCollection = new Map<string, string[]>()
  for (const ref of refs)
    byCollection.set(ref.collection, [...(byCollection.get(ref.collection) ?? []), ref.id])
  const found = new Map<string, Doc>()
  await Promise.all(
    [...byCollection].map(async ([collection, ids]) => {
      const { docs } = await payload.find({
        collection: collection as CollectionSlug,
        draft,
        where: { id: { in: ids } },
        depth: 0,
        limit: ids.length,
        pagination: false,
        overrideAccess: true,
        req,
      })
      for (const doc of docs as unknown as Doc[])
        found.set(refKey({ collection: collection as CollectionSlug, id: String(doc.id) }), doc)
    }),
  )
  return found
}
