import type { PayloadRequest } from 'payload'

import { bundleRowKey, removeQueueRows } from '../queue/rows'
import { cancelSchedules } from '../schedule/cancel'
import { BUNDLES_SLUG } from '../slugs'
import { inTransaction } from '../transaction'
import type { ResolvedWorkflowOptions } from '../../types'
import { moveMembers, refuseOwnWork, requireStages } from './moveMembers'
import { openBundleFor } from './openBundle'

type PublishArgs = {
  req: PayloadRequest
  options: ResolvedWorkflowOptions
  bundleId: string
  /** What the audit entries say; a scheduled run names who scheduled it. */
  event?: string
  /** The scheduled publication carrying this out, which is not cancelled by it. */
  scheduleId?: string
}

/**
 * Publishes every member of an approved bundle in one transaction: all go live or none does, each
 * with an audit entry naming the bundle. Dependencies go first, so nothing live ever cites a draft.
 */
export const publishBundle = async ({ req, options, bundleId, event, scheduleId }: PublishArgs) => {
  const { bundle, members } = await openBundleFor({
    req,
    options,
    bundleId,
    reviewersOnly: true,
    verb: 'publish',
  })
  requireStages(req, members, ['approved'], 'approve the bundle before publishing it.')
  await refuseOwnWork(req, members, 'publish')
  return inTransaction(req, async () => {
    await moveMembers({
      req,
      bundle,
      members: [...members].reverse(),
      data: { _status: 'published' },
      draft: false,
      event: event ?? `published in the review bundle “${bundle.title}”`,
      context: scheduleId ? { workflowSchedule: scheduleId } : {},
    })
    await req.payload.update({
      collection: BUNDLES_SLUG as never,
      id: bundle.id,
      data: { status: 'published', publishedAt: new Date().toISOString() } as never,
      overrideAccess: true,
      req,
    })
    await removeQueueRows(req, [bundleRowKey(bundle.id)])
    await cancelSchedules({
      req,
      options,
      bundleId: String(bundle.id),
      except: scheduleId,
      reason: 'the bundle was published before its time',
    })
    return { bundle, message: `Published the bundle of ${members.length} documents.` }
  })
}
