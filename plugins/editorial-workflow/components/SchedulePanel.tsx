import type { ServerProps, Where } from 'payload'
import React from 'react'

import { openBundleOf } from '../lib/bundles/members'
import type { ScheduleDoc } from '../lib/schedule/types'
import { SCHEDULES_SLUG } from '../lib/slugs'
import type { ResolvedWorkflowOptions } from '../types'
import { panelRequest } from './panelRequest'
import { type ScheduledItem, ScheduleForm } from './ScheduleForm'

type Props = ServerProps & {
  collectionSlug: string
  data?: Record<string, unknown>
  workflow: ResolvedWorkflowOptions
}

/**
 * Scheduled publishing and expiry in the sidebar, for reviewers: what is set for this document (or its
 * bundle), and a time to publish it once approved or to unpublish it (an embargo, a figure that
 * expires). The server decides what may be scheduled and says why not.
 */
export const SchedulePanel = async ({ payload, user, collectionSlug, data, workflow }: Props) => {
  if (!workflow.isReviewer(user) || !data?.id) return null
  const id = String(data.id)
  const bundle = await openBundleOf(await panelRequest(payload, user), {
    collection: collectionSlug as never,
    id,
  })
  const target: Where[] = [
    { and: [{ collectionSlug: { equals: collectionSlug } }, { documentId: { equals: id } }] },
  ]
  if (bundle) target.push({ bundle: { equals: String(bundle.id) } })
  const [{ docs }, live] = await Promise.all([
    payload.find({
      collection: SCHEDULES_SLUG as never,
      where: { and: [{ status: { equals: 'scheduled' } }, { or: target }] },
      sort: 'at',
      depth: 0,
      limit: 10,
      overrideAccess: true,
    }),
    payload.findByID({
      collection: collectionSlug as never,
      id,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
    }),
  ])
  const scheduled: ScheduledItem[] = (docs as unknown as ScheduleDoc[]).map((schedule) => ({
    id: String(schedule.id),
    action: schedule.action,
    at: schedule.at,
    by: schedule.scheduledByName ?? 'someone',
    bundle: Boolean(schedule.bundle),
  }))
  const offer: ('publish' | 'unpublish')[] = []
  if (data.stage === 'approved' && !scheduled.some((s) => s.action === 'publish')) offer.push('publish')
  const isLive = (live as { _status?: string } | null)?._status === 'published'
  if (
    (isLive || scheduled.some((s) => s.action === 'publish')) &&
    !scheduled.some((s) => s.action === 'unpublish')
  ) {
    offer.push('unpublish')
  }
  if (scheduled.length === 0 && offer.length === 0) return null
  return (
    <div className="schedule-panel" style={{ marginBottom: '1.5rem' }}>
      <h4 style={{ margin: '0 0 0.25rem' }}>Schedule</h4>
      <ScheduleForm
        apiRoute={payload.config.routes.api}
        collection={collectionSlug}
        id={id}
        scheduled={scheduled}
        offer={offer}
      />
    </div>
  )
}
