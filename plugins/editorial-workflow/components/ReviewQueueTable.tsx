import React from 'react'

import type { QueueItem } from '../lib/reviewQueue'

const waited = (since: string) => {
  const hours = Math.max(0, Math.round((Date.now() - new Date(since).getTime()) / 3_600_000))
  return hours < 48 ? `${hours} h` : `${Math.round(hours / 24)} days`
}

/** The queue as a table: what, who, how long it has waited, and whether it is ready. */
export const ReviewQueueTable = ({ items, adminRoute }: { items: QueueItem[]; adminRoute: string }) => {
  if (items.length === 0) return <p>Nothing is waiting for review.</p>
  return (
    <table className="review-queue">
      <thead>
        <tr>
          <th scope="col">Document</th>
          <th scope="col">Collection</th>
          <th scope="col">Author</th>
          <th scope="col">Waiting</th>
          <th scope="col">Readiness</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={`${item.collection}:${item.id}`}>
            <td>
              <a href={`${adminRoute}/collections/${item.collection}/${item.id}`}>{item.title}</a>
            </td>
            <td>{item.collection}</td>
            <td>{item.author}</td>
            <td>{waited(item.waitingSince)}</td>
            <td>{item.ready ? 'Ready' : `${item.issues.length} to fix: ${item.issues[0]}`}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
