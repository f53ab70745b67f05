import { afterEach, describe, expect, it } from 'vitest'

import { withScheduleJobs } from '../../plugins/editorial-workflow/lib/schedule/jobsConfig'
import type { ResolvedWorkflowOptions } from '../../plugins/editorial-workflow/types'
import { runsSchedules } from '../../server/scheduleRunner'

const options = (scheduleCron: string | false) => ({ scheduleCron }) as unknown as ResolvedWorkflowOptions

describe('which process runs scheduled publications', () => {
  afterEach(() => {
    delete process.env.SCHEDULE_RUNNER
  })

  it('runs them unless SCHEDULE_RUNNER is off, and refuses a value it does not know', () => {
    expect(runsSchedules()).toBe(true)
    process.env.SCHEDULE_RUNNER = 'off'
    expect(runsSchedules()).toBe(false)
    process.env.SCHEDULE_RUNNER = 'no'
    expect(() => runsSchedules()).toThrow('SCHEDULE_RUNNER must be "on" or "off", not "no".')
  })

  it('adds a runner for the schedule queue to the server’s crons, and none when the host runs it elsewhere', () => {
    const own = { cron: '0 * * * *', queue: 'imports' }
    const running = withScheduleJobs({ autoRun: [own] }, options('*/5 * * * * *'))
    expect(running.autoRun).toEqual([own, { cron: '*/5 * * * * *', queue: 'editorial-schedule', limit: 10 }])
    expect(running.tasks?.map((task) => task.slug)).toContain('editorialSchedule')
    const elsewhere = withScheduleJobs({ autoRun: [own] }, options(false))
    expect(elsewhere.autoRun).toEqual([own])
    expect(elsewhere.tasks?.map((task) => task.slug)).toContain('editorialSchedule')
  })
})
