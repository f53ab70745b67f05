import type { Payload, PayloadRequest, TypedUser, Where } from 'payload'

import type { Config } from '../../../payload-types'

type Collections = Config['collections']
type Selects = Config['collectionsSelect']

/** The collections the public site reads. */
export type PublicCollection = 'sources' | 'findings' | 'careers' | 'skills' | 'career-skills' | 'faqs'

export type PublicDoc<C extends PublicCollection> = Collections[C]

type FindArgs<C extends PublicCollection> = {
  payload: Payload
  collection: C
  where: Where
  /** Only the fields the page shows; readiness schemas check they are filled before rendering. */
  select: Selects[C]
  /** A hook's request, so its lookups join the transaction of the change that triggered them. */
  req?: PayloadRequest
  /** An editor previewing drafts (Next draft mode): newest versions, as that user may see them. */
  viewer?: TypedUser | null
}

/**
 * Every read the public site makes goes through here: as an anonymous reader (access rules apply),
 * published documents only (said explicitly, not left to the access rule), relationships as IDs,
 * and only the selected fields. Callers batch IDs into one `in` query instead of one query per row.
 */
export const findPublished = async <C extends PublicCollection>({
  payload,
  collection,
  where,
  select,
  req,
  viewer,
}: FindArgs<C>): Promise<PublicDoc<C>[]> => {
  const result = await payload.find({
    collection,
    where: viewer ? where : { and: [where, { _status: { equals: 'published' } }] },
    select,
    depth: 0,
    pagination: false,
    overrideAccess: false,
    draft: Boolean(viewer),
    user: viewer ?? undefined,
    req,
  })
  // `select` narrows the fields at run time; callers parse with the readiness schemas before use.
  return result.docs as unknown as PublicDoc<C>[]
}

/** One `in` query for a set of IDs; no query at all for none. */
export const findPublishedByIds = async <C extends PublicCollection>({
  ids,
  ...args
}: Omit<FindArgs<C>, 'where'> & { ids: Iterable<string> }): Promise<Map<string, PublicDoc<C>>> => {
  const unique = [...new Set(ids)]
  if (unique.length === 0) return new Map()
  const docs = await findPublished({ ...args, where: { id: { in: unique } } })
  return new Map(docs.map((doc) => [String(doc.id), doc]))
}

type PageArgs<C extends PublicCollection> = FindArgs<C> & {
  /** Bounds the work: a list never loads more than one page of the catalogue. */
  limit: number
  page?: number
  sort?: string
  /** False when the caller needs no total: one query instead of two. */
  counted?: boolean
}

/** One page of a list, with how many documents match in all: for lists that grow with the catalogue. */
export const findPublishedPage = async <C extends PublicCollection>({
  payload,
  collection,
  where,
  select,
  viewer,
  limit,
  page = 1,
  sort,
  counted = true,
}: PageArgs<C>): Promise<{ docs: PublicDoc<C>[]; totalDocs: number }> => {
  const result = await payload.find({
    pagination: counted,
    collection,
    where: viewer ? where : { and: [where, { _status: { equals: 'published' } }] },
    select,
    depth: 0,
    limit,
    page,
    sort,
    overrideAccess: false,
    draft: Boolean(viewer),
    user: viewer ?? undefined,
  })
  return { docs: result.docs as unknown as PublicDoc<C>[], totalDocs: result.totalDocs }
}

/** How many published documents match, under the same rules as the reads above. */
export const countPublished = async ({
  payload,
  collection,
  where,
}: {
  payload: Payload
  collection: PublicCollection
  where: Where
}): Promise<number> => {
  const { totalDocs } = await payload.count({
    collection,
    where: { and: [where, { _status: { equals: 'published' } }] },
    overrideAccess: false,
  })
  return totalDocs
}
