import { createLocalReq, type CollectionSlug, type Payload, type TypedUser } from 'payload'

import { openBundleOf } from '../bundles/members'
import { publishBundle } from '../bundles/publishBundle'
import { writeEventEntry } from '../eventEntry'
import { SCHEDULE_QUEUE, SCHEDULE_TASK, SCHEDULES_SLUG } from '../slugs'
import { inTransaction, keepingContext } from '../transaction'
import type { Stage } from '../../stages'
import type { ResolvedWorkflowOptions } from '../../types'
import { actionNoun, type ScheduleDoc } from './types'

type RunArgs = { payload: Payload; options: ResolvedWorkflowOptions; scheduleId: string }

const idOf = (value: ScheduleDoc['scheduledBy']) =>
  value && typeof value === 'object' ? value.id : (value ?? undefined)

/**
 * Carries out one scheduled publication or unpublication, as the reviewer who set it and under every
 * rule of the workflow, in one transaction. A schedule that was cancelled meanwhile does nothing; one
 * the rules now refuse is marked failed, with the reason in the audit log.
 */
export const runSchedule = async ({ payload, options, scheduleId }: RunArgs) => {
  const schedule = (await payload.findByID({
    collection: SCHEDULES_SLUG as never,
    id: scheduleId,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })) as unknown as ScheduleDoc | null
  if (!schedule || schedule.status !== 'scheduled') return 'not-scheduled'
  if (new Date(schedule.at).getTime() > Date.now()) {
    // Only the queue's own job reaches here, at its time; anything earlier waits for the time set.
    await payload.jobs.queue({
      task: SCHEDULE_TASK as never,
      queue: SCHEDULE_QUEUE,
      input: { scheduleId } as never,
      waitUntil: new Date(schedule.at),
    })
    return 'not-due'
  }
  const user = await payload.findByID({
    collection: options.usersSlug,
    id: idOf(schedule.scheduledBy) as string,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })
  const who = schedule.scheduledByName ?? 'someone'
  const event = `${schedule.action === 'publish' ? 'published' : 'unpublished'} on schedule, as scheduled by ${who}`
  const context = {
    workflowActor: 'on schedule',
    workflowEvent: event,
    workflowSchedule: String(schedule.id),
  }
  const req = await createLocalReq(
    {
      user: user ? ({ ...user, collection: options.usersSlug } as unknown as TypedUser) : undefined,
      context,
    },
    payload,
  )
  const record = (data: Partial<ScheduleDoc>) =>
    payload.update({
      collection: SCHEDULES_SLUG as never,
      id: schedule.id,
      data: data as never,
      overrideAccess: true,
      req,
    })

  try {
    if (!user) throw new Error(`${who}, who scheduled it, no longer has an account`)
    await inTransaction(req, async () => {
      const ref = { collection: schedule.collectionSlug as CollectionSlug, id: schedule.documentId }
      const bundle = schedule.bundle ? await openBundleOf(req, ref) : undefined
      if (schedule.bundle && String(bundle?.id) !== schedule.bundle)
        throw new Error('its review bundle is no longer open')
      if (bundle) {
        await publishBundle({
          req,
          options,
          bundleId: String(bundle.id),
          event,
          scheduleId: String(schedule.id),
        })
      } else {
        await keepingContext(req, () =>
          payload.update({
            collection: ref.collection,
            id: ref.id,
            data: { _status: schedule.action === 'publish' ? 'published' : 'draft' } as never,
            depth: 0,
            overrideAccess: false,
            req,
            context,
          }),
        )
      }
      await record({ status: 'done', outcome: `Carried out at ${new Date().toISOString()}.` })
    })
    return 'done'
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    await inTransaction(req, async () => {
      await record({ status: 'failed', outcome: reason })
      await writeEventEntry({
        req,
        options,
        collection: schedule.collectionSlug,
        id: schedule.documentId,
        title: schedule.title,
        stage: 'approved' as Stage,
        event: `scheduled ${actionNoun(schedule.action)} by ${who} could not be carried out`,
        note: reason,
      })
    })
    return 'failed'
  }
}
