/** A row of the review queue as stored. */
export type QueueRow = {
  id: string | number
  key: string
  collectionSlug: string
  documentId: string
  bundle?: string | null
  members?: number | null
  title: string
  waitingSince: string
  author?: string | null
  submittedBy?: string | null
  summary?: string | null
  note?: string | null
  claimedBy?: string | number | { id: string | number } | null
  claimedByName?: string | null
  claimedAt?: string | null
}
