import type { TaskConfig } from 'payload'

import { SCHEDULE_TASK } from '../slugs'
import type { ResolvedWorkflowOptions } from '../../types'
import { runSchedule } from './runSchedule'

/** The jobs-queue task behind scheduled publications: one job per schedule, due at its time. */
type ScheduleTaskIO = { input: { scheduleId: string }; output: { result: string } }

export const scheduleTask = (options: ResolvedWorkflowOptions): TaskConfig<ScheduleTaskIO> => ({
  slug: SCHEDULE_TASK,
  label: 'Scheduled publication',
  inputSchema: [{ name: 'scheduleId', type: 'text', required: true }],
  outputSchema: [{ name: 'result', type: 'text' }],
  // A refusal is recorded on the schedule and in the audit log; running it again would not change it.
  retries: 0,
  handler: async ({ input, req }) => ({
    output: {
      result: await runSchedule({ payload: req.payload, options, scheduleId: String(input.scheduleId) }),
    },
  }),
})
