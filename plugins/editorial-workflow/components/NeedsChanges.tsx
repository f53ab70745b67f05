import type { ServerProps } from 'payload'
import React from 'react'

import { loadNeedsChanges } from '../lib/needsChanges'
import type { ResolvedWorkflowOptions } from '../types'

type Props = ServerProps & { workflow: ResolvedWorkflowOptions }

const excerpt = (note: string) => (note.length > 160 ? `${note.slice(0, 157)}…` : note)

/** On the dashboard, editors land on what reviewers sent back to them. */
export const NeedsChanges = async ({ payload, user, workflow }: Props) => {
  if (!user || !(workflow.isEditor(user) || workflow.isReviewer(user))) return null
  const items = await loadNeedsChanges({ payload, user, options: workflow })
  if (items.length === 0 && !workflow.isEditor(user)) return null
  const admin = payload.config.routes.admin
  return (
    <section className="needs-changes" aria-labelledby="needs-changes-heading">
      <h2 id="needs-changes-heading">Needs your changes ({items.length})</h2>
      {items.length === 0 ? (
        <p>No reviewer has sent anything back to you.</p>
      ) : (
        <table className="review-queue">
          <thead>
            <tr>
              <th scope="col">Document</th>
              <th scope="col">Collection</th>
              <th scope="col">What to change</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={`${item.collection}:${item.id}`}>
                <td>
                  <a href={`${admin}/collections/${item.collection}/${item.id}`}>{item.title}</a>
                </td>
                <td>{item.collectionLabel}</td>
                <td>{excerpt(item.note)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
