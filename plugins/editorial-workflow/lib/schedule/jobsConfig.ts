import type { Config, JobsConfig } from 'payload'

import { SCHEDULE_QUEUE } from '../slugs'
import type { ResolvedWorkflowOptions } from '../../types'
import { scheduleTask } from './task'

/**
 * Adds the scheduled-publication task to the host's jobs, and a cron that runs its queue in the
 * server process (Payload starts it with the first request that initialises it with crons on).
 */
export const withScheduleJobs = (jobs: Config['jobs'], options: ResolvedWorkflowOptions): JobsConfig => {
  const runner = { cron: options.scheduleCron || undefined, queue: SCHEDULE_QUEUE, limit: 10 }
  const autoRun = jobs?.autoRun
  return {
    ...jobs,
    tasks: [...(jobs?.tasks ?? []), scheduleTask(options)],
    ...(options.scheduleCron === false
      ? {}
      : {
          autoRun:
            typeof autoRun === 'function'
              ? async (payload) => [...(await autoRun(payload)), runner]
              : [...(autoRun ?? []), runner],
        }),
  }
}
