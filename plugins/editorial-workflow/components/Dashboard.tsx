import type { ServerProps } from 'payload'
import React from 'react'

import { stageCounts } from '../lib/dashboard/stageCounts'
import { loadReviewQueue } from '../lib/reviewQueue'
import { STAGE_LABELS, STAGES } from '../stages'
import type { AttentionList, ResolvedWorkflowOptions } from '../types'
import { ReviewQueueTable } from './ReviewQueueTable'

type WithWorkflow = { workflow: ResolvedWorkflowOptions }

const WAITING_SHOWN = 5

const StageTable = ({ rows }: { rows: Awaited<ReturnType<typeof stageCounts>> }) => (
  <table className="review-dashboard__stages">
    <thead>
      <tr>
        <th scope="col">Collection</th>
        {STAGES.map((stage) => (
          <th key={stage} scope="col">
            {STAGE_LABELS[stage]}
          </th>
        ))}
      </tr>
    </thead>
    <tbody>
      {rows.map((row) => (
        <tr key={row.collection}>
          <th scope="row">{row.label}</th>
          {STAGES.map((stage) => (
            <td key={stage}>{row.counts[stage]}</td>
          ))}
        </tr>
      ))}
    </tbody>
  </table>
)

const Attention = ({ list }: { list: AttentionList }) => (
  <section className="review-dashboard__attention">
    <h3>
      {list.heading} ({list.total})
    </h3>
    {list.items.length === 0 ? (
      <p>{list.empty}</p>
    ) : (
      <ul>
        {list.items.map((item) => (
          <li key={item.href}>
            <a href={item.href}>{item.label}</a>
            {item.detail && ` (${item.detail})`}
          </li>
        ))}
        {list.total > list.items.length && <li>and {list.total - list.items.length} more</li>}
      </ul>
    )}
  </section>
)

/**
 * The admin dashboard's review section: for reviewers, what has waited longest and what needs their
 * attention; for the whole team, how many documents stand at each stage. Its cost does not grow with the
 * queue or the catalogue: a fixed number of indexed queries.
 */
export const ReviewDashboard = async ({ payload, user, workflow }: ServerProps & WithWorkflow) => {
  const reviewer = workflow.isReviewer(user)
  if (!user || (!reviewer && !workflow.isEditor(user))) return null
  const { admin: adminRoute, api: apiRoute } = payload.config.routes
  const [queue, counts, attention] = await Promise.all([
    reviewer ? loadReviewQueue({ payload, user, options: workflow, query: { limit: WAITING_SHOWN } }) : null,
    stageCounts(payload, workflow.collections),
    reviewer && workflow.attention ? workflow.attention({ payload, user }) : [],
  ])
  return (
    <div className="review-dashboard" style={{ marginBottom: '2rem' }}>
      {queue && (
        <section className="review-queue-summary" aria-labelledby="review-queue-heading">
          <h2 id="review-queue-heading">Waiting for your review ({queue.total})</h2>
          <p>Waiting longest first.</p>
          <ReviewQueueTable
            items={queue.items}
            adminRoute={adminRoute}
            apiRoute={apiRoute}
            userId={String(user.id)}
            canClaim
          />
          <p>
            <a href={`${adminRoute}/review-queue`}>Open the full review queue</a>
          </p>
        </section>
      )}
      {attention.map((list) => (
        <Attention key={list.heading} list={list} />
      ))}
      <section aria-labelledby="review-stages-heading">
        <h2 id="review-stages-heading">Documents by review stage</h2>
        <StageTable rows={counts} />
      </section>
    </div>
  )
}
