import type { CollectionSlug, Payload, TypedUser, Where } from 'payload'

import type { ResolvedWorkflowOptions } from '../types'
import { type Claim, liveClaim } from './queue/claims'
import { formatWaiting } from './queue/formatWaiting'
import type { QueueRow } from './queue/types'
import { QUEUE_SLUG } from './slugs'

export type QueueItem = {
  /** The queue row, which claims are made on. */
  id: string
  collection: string
  /** The collection as people name it ("Career skill"), never its slug. */
  collectionLabel: string
  documentId: string
  title: string
  /** The review bundle this item is, with how many documents it holds. */
  bundle: string | null
  members: number
  waitingSince: string
  /** How long it has waited, in words ("2 h 05 min"), when it was loaded. */
  waited: string
  author: string
  submittedBy: string
  /** What changed since the last publication, in one line. */
  summary: string
  note: string | null
  claim: Claim | null
}

export type QueueSort = 'oldest' | 'newest'

export type QueueQuery = {
  /** Only items of this collection. */
  collection?: string
  /** Only items waiting at least this many hours. */
  minHours?: number
  sort?: QueueSort
  page?: number
  limit?: number
}

export type QueuePage = { items: QueueItem[]; total: number; page: number; pages: number }

export const QUEUE_PAGE_SIZE = 20

type QueueArgs = {
  payload: Payload
  user: TypedUser | null | undefined
  options: ResolvedWorkflowOptions
  query?: QueueQuery
}

/** "Career skill": how a collection names one document, as its admin label. */
export const collectionLabel = (payload: Payload, slug: string): string => {
  const singular = payload.collections[slug as CollectionSlug]?.config.labels?.singular
  if (typeof singular === 'string') return singular
  return (singular as Record<string, string> | undefined)?.en ?? slug
}

const toItem = (
  payload: Payload,
  options: ResolvedWorkflowOptions,
  row: QueueRow,
  now: number,
): QueueItem => ({
  id: String(row.id),
  collection: row.collectionSlug,
  collectionLabel: collectionLabel(payload, row.collectionSlug),
  documentId: row.documentId,
  title: row.title,
  bundle: row.bundle ?? null,
  members: row.members ?? 1,
  waitingSince: row.waitingSince,
  waited: formatWaiting(now - Date.parse(row.waitingSince)),
  author: row.author ?? 'not recorded',
  submittedBy: row.submittedBy ?? 'not recorded',
  summary: row.summary ?? '',
  note: row.note ?? null,
  claim: liveClaim(row, options.claimMinutes, now),
})

/**
 * What waits for a reviewer, a bundle counting as one item, filtered by collection and age, sorted by
 * waiting time and paginated. One query for the page and one to count, however long the queue: each
 * row is written when its item is submitted (see `followReview` and the bundle actions).
 */
export const loadReviewQueue = async ({
  payload,
  user,
  options,
  query = {},
}: QueueArgs): Promise<QueuePage> => {
  const now = Date.now()
  const conditions: Where[] = []
  if (query.collection) conditions.push({ collectionSlug: { equals: query.collection } })
  if (query.minHours && query.minHours > 0) {
    const before = new Date(now - query.minHours * 3_600_000).toISOString()
    conditions.push({ waitingSince: { less_than_equal: before } })
  }
  const result = await payload.find({
    collection: QUEUE_SLUG as never,
    where: conditions.length ? { and: conditions } : undefined,
    sort: query.sort === 'newest' ? '-waitingSince' : 'waitingSince',
    page: Math.max(1, query.page ?? 1),
    limit: query.limit ?? QUEUE_PAGE_SIZE,
    depth: 0,
    overrideAccess: false,
    user,
  })
  return {
    items: (result.docs as unknown as QueueRow[]).map((row) => toItem(payload, options, row, now)),
    total: result.totalDocs,
    page: result.page ?? 1,
    pages: result.totalPages,
  }
}
