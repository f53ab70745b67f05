import type { PayloadRequest } from 'payload'

import { actorOf } from '../actor'
import { badRequest, forbidden } from '../errors'
import { writeEventEntry } from '../eventEntry'
import { personName } from '../queue/author'
import { SCHEDULES_SLUG } from '../slugs'
import { inTransaction } from '../transaction'
import type { Stage } from '../../stages'
import type { ResolvedWorkflowOptions } from '../../types'
import { actionNoun, type ScheduleDoc } from './types'

type CancelArgs = { req: PayloadRequest; options: ResolvedWorkflowOptions; scheduleId: string }

/** A reviewer calls off a scheduled publication or unpublication; the audit log says who. */
export const cancelSchedule = async ({ req, options, scheduleId }: CancelArgs) => {
  if (actorOf(req.user, options) !== 'reviewer')
    throw forbidden('Only reviewers and admins cancel scheduled publications.')
  const schedule = (await req.payload.findByID({
    collection: SCHEDULES_SLUG as never,
    id: scheduleId,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  })) as unknown as ScheduleDoc | null
  if (!schedule) throw badRequest('There is no such scheduled publication.')
  if (schedule.status !== 'scheduled') {
    throw badRequest(
      `This scheduled ${actionNoun(schedule.action)} is ${schedule.status}; there is nothing to cancel.`,
    )
  }
  const who = personName(req.user)
  await inTransaction(req, async () => {
    await req.payload.update({
      collection: SCHEDULES_SLUG as never,
      id: schedule.id,
      data: { status: 'cancelled', outcome: `Cancelled by ${who}.` } as never,
      overrideAccess: true,
      req,
    })
    const doc = await req.payload.findByID({
      collection: schedule.collectionSlug as never,
      id: schedule.documentId,
      draft: true,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
      req,
    })
    await writeEventEntry({
      req,
      options,
      collection: schedule.collectionSlug,
      id: schedule.documentId,
      title: schedule.title,
      stage: ((doc as { stage?: Stage } | null)?.stage ?? 'draft') as Stage,
      event: `scheduled ${actionNoun(schedule.action)} by ${schedule.scheduledByName ?? 'someone'} cancelled by ${who}`,
    })
  })
  return { message: `The scheduled ${actionNoun(schedule.action)} is cancelled.` }
}
