import type { PayloadRequest } from 'payload'

import { QUEUE_SLUG } from '../slugs'
import type { DocumentRef } from '../../types'
import { refKey } from '../documents'

export const documentRowKey = (ref: DocumentRef) => `doc:${refKey(ref)}`
export const bundleRowKey = (bundleId: string | number) => `bundle:${bundleId}`

export type QueueRowData = {
  key: string
  collectionSlug: string
  documentId: string
  bundle?: string | null
  members?: number
  title: string
  author?: string | null
  submittedBy?: string | null
  summary?: string | null
  note?: string | null
}

/**
 * Puts an item in the queue, waiting from now; a resubmitted item starts waiting again and loses its
 * claim, which covered the earlier submission.
 */
export const putQueueRow = async (req: PayloadRequest, row: QueueRowData) => {
  const { docs } = await req.payload.find({
    collection: QUEUE_SLUG as never,
    where: { key: { equals: row.key } },
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
  })
  const data = {
    members: 1,
    ...row,
    waitingSince: new Date().toISOString(),
    claimedBy: null,
    claimedByName: null,
    claimedAt: null,
  }
  if (docs[0]) {
    await req.payload.update({
      collection: QUEUE_SLUG as never,
      id: (docs[0] as { id: string | number }).id,
      data: data as never,
      overrideAccess: true,
      req,
    })
  } else {
    await req.payload.create({
      collection: QUEUE_SLUG as never,
      data: data as never,
      overrideAccess: true,
      req,
    })
  }
}

/** Takes items out of the queue (decided, withdrawn, or changed back to a draft). */
export const removeQueueRows = async (req: PayloadRequest, keys: string[]) => {
  if (keys.length === 0) return
  await req.payload.delete({
    collection: QUEUE_SLUG as never,
    where: { key: { in: keys } },
    overrideAccess: true,
    req,
  })
}
