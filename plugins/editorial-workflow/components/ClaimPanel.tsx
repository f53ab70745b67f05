import type { CollectionSlug, ServerProps } from 'payload'
import React from 'react'

import { openBundleOf } from '../lib/bundles/members'
import { liveClaim } from '../lib/queue/claims'
import { bundleRowKey, documentRowKey } from '../lib/queue/rows'
import type { QueueRow } from '../lib/queue/types'
import { QUEUE_SLUG } from '../lib/slugs'
import type { ResolvedWorkflowOptions } from '../types'
import { panelRequest } from './panelRequest'
import { ReviewQueueClaim } from './ReviewQueueClaim'

type Props = ServerProps & {
  collectionSlug: string
  data?: Record<string, unknown>
  workflow: ResolvedWorkflowOptions
}

/**
 * Who is reviewing a document that waits in the queue: a claim, shown to everyone so that two
 * reviewers do not do the same work, with a warning for anyone else about to approve it.
 */
export const ClaimPanel = async ({ payload, user, collectionSlug, data, workflow }: Props) => {
  if (!workflow.isReviewer(user) || !data?.id || data.stage !== 'in-review') return null
  const ref = { collection: collectionSlug as CollectionSlug, id: String(data.id) }
  const bundle = await openBundleOf(await panelRequest(payload, user), ref)
  const { docs } = await payload.find({
    collection: QUEUE_SLUG as never,
    where: { key: { equals: bundle ? bundleRowKey(bundle.id) : documentRowKey(ref) } },
    depth: 0,
    limit: 1,
    overrideAccess: true,
  })
  const row = docs[0] as unknown as QueueRow | undefined
  if (!row) return null
  const claim = liveClaim(row, workflow.claimMinutes)
  const mine = claim?.byId === String(user?.id)
  return (
    <div className="claim-panel" style={{ marginBottom: '1.5rem' }}>
      <h4 style={{ margin: '0 0 0.25rem' }}>Review claim</h4>
      {claim ? (
        <p className={mine ? undefined : 'claim-panel__warning'} role={mine ? undefined : 'alert'}>
          {mine ? 'You claimed' : `${claim.by} claimed`} this {claim.ago} ago.
          {!mine && ' Approving it now would collide with their review; agree with them first.'}
        </p>
      ) : (
        <p>Nobody has claimed it. Claim it so other reviewers know you are on it.</p>
      )}
      <ReviewQueueClaim
        apiRoute={payload.config.routes.api}
        itemId={String(row.id)}
        claimedBy={claim?.by}
        mine={mine}
        reload
      />
    </div>
  )
}
