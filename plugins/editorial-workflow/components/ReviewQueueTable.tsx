import React from 'react'

import type { QueueItem } from '../lib/reviewQueue'
import { ReviewQueueClaim } from './ReviewQueueClaim'

type Props = {
  items: QueueItem[]
  adminRoute: string
  apiRoute: string
  /** The person looking: their own claims offer Release. */
  userId?: string
  /** Show the claim buttons (reviewers). */
  canClaim: boolean
}

/** The queue as a table: what, of which kind, by whom, how long it has waited, what changed, who has it. */
export const ReviewQueueTable = ({ items, adminRoute, apiRoute, userId, canClaim }: Props) => {
  if (items.length === 0) return <p>Nothing is waiting for review.</p>
  return (
    <table className="review-queue">
      <thead>
        <tr>
          <th scope="col">Document</th>
          <th scope="col">Collection</th>
          <th scope="col">Author</th>
          <th scope="col">Waiting</th>
          <th scope="col">What changed</th>
          <th scope="col">Claimed by</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={item.id} className="review-queue__item" data-item={item.id}>
            <td>
              <a href={`${adminRoute}/collections/${item.collection}/${item.documentId}`}>{item.title}</a>
              {item.bundle && (
                <div className="review-queue__bundle">
                  Bundle of {item.members} documents, reviewed and published as one
                </div>
              )}
              {item.note && <div className="review-queue__note">{item.note}</div>}
            </td>
            <td>{item.collectionLabel}</td>
            <td>{item.author}</td>
            <td>
              <time dateTime={item.waitingSince}>{item.waited}</time>
            </td>
            <td className="review-queue__summary">{item.summary}</td>
            <td>
              {item.claim ? (
                <span className="review-queue__claim">
                  {item.claim.byId === userId ? 'You' : item.claim.by}, {item.claim.ago} ago
                </span>
              ) : (
                <span className="review-queue__claim">Nobody</span>
              )}
              {canClaim && (
                <ReviewQueueClaim
                  apiRoute={apiRoute}
                  itemId={item.id}
                  claimedBy={item.claim?.by}
                  mine={item.claim?.byId === userId}
                />
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
