import type { Endpoint } from 'payload'

import { cancelSchedule } from '../lib/schedule/cancelSchedule'
import { scheduleAction } from '../lib/schedule/scheduleAction'
import type { ResolvedWorkflowOptions } from '../types'
import { bodyOf, done, text } from './respond'

/** `POST /api/review-schedules/schedule` and `POST /api/review-schedules/:id/cancel`. */
export const scheduleEndpoints = (options: ResolvedWorkflowOptions): Endpoint[] => [
  {
    path: '/schedule',
    method: 'post',
    handler: async (req) => {
      const body = await bodyOf(req)
      const { message, schedule } = await scheduleAction({
        req,
        options,
        collection: text(body.collection),
        id: text(body.id),
        action: body.action,
        at: body.at,
      })
      return done(req, { message, schedule: schedule.id, at: schedule.at })
    },
  },
  {
    path: '/:id/cancel',
    method: 'post',
    handler: async (req) => {
      const { message } = await cancelSchedule({ req, options, scheduleId: text(req.routeParams?.id) })
      return done(req, { message })
    },
  },
]
