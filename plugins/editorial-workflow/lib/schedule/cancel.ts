import type { PayloadRequest, Where } from 'payload'

import { writeEventEntry } from '../eventEntry'
import { SCHEDULES_SLUG } from '../slugs'
import type { Stage } from '../../stages'
import type { DocumentRef, ResolvedWorkflowOptions } from '../../types'
import { actionNoun, type ScheduleDoc } from './types'

type CancelArgs = {
  req: PayloadRequest
  options: ResolvedWorkflowOptions
  /** Schedules for this document… */
  ref?: DocumentRef
  /** …or for this bundle. */
  bundleId?: string
  action?: ScheduleDoc['action']
  /** A schedule that is being carried out and so is not cancelled. */
  except?: string
  /** Why, for the audit log: "the content changed after approval". */
  reason: string
  /** The document's stage for the audit entry; the schedules' documents keep theirs. */
  stage?: Stage
}

/**
 * Cancels what is still scheduled for a document or a bundle, with an audit entry each. The job stays
 * queued and finds its schedule cancelled when it runs, so nothing here writes outside the transaction.
 */
export const cancelSchedules = async ({
  req,
  options,
  ref,
  bundleId,
  action = 'publish',
  except,
  reason,
  stage,
}: CancelArgs) => {
  const target: Where = bundleId
    ? { bundle: { equals: bundleId } }
    : { and: [{ collectionSlug: { equals: ref?.collection } }, { documentId: { equals: ref?.id } }] }
  const { docs } = await req.payload.find({
    collection: SCHEDULES_SLUG as never,
    where: { and: [target, { status: { equals: 'scheduled' } }, { action: { equals: action } }] },
    depth: 0,
    limit: 20,
    overrideAccess: true,
    req,
  })
  for (const schedule of docs as unknown as ScheduleDoc[]) {
    if (except && String(schedule.id) === except) continue
    await req.payload.update({
      collection: SCHEDULES_SLUG as never,
      id: schedule.id,
      data: { status: 'cancelled', outcome: `Cancelled, as ${reason}.` } as never,
      overrideAccess: true,
      req,
    })
    await writeEventEntry({
      req,
      options,
      collection: schedule.collectionSlug,
      id: schedule.documentId,
      title: schedule.title,
      stage: stage ?? 'approved',
      event: `scheduled ${actionNoun(schedule.action)} by ${schedule.scheduledByName ?? 'someone'} cancelled, as ${reason}`,
    })
  }
}
