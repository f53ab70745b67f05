import type { Endpoint } from 'payload'

import { claimItem, releaseItem } from '../lib/queue/claims'
import type { ResolvedWorkflowOptions } from '../types'
import { bodyOf, done, text } from './respond'

/** `POST /api/review-queue/:id/claim` (with `takeOver` to take someone's claim) and `/:id/release`. */
export const queueEndpoints = (options: ResolvedWorkflowOptions): Endpoint[] => [
  {
    path: '/:id/claim',
    method: 'post',
    handler: async (req) => {
      const body = await bodyOf(req)
      const message = await claimItem({
        req,
        options,
        rowId: text(req.routeParams?.id),
        takeOver: body.takeOver === true,
      })
      return done(req, { message })
    },
  },
  {
    path: '/:id/release',
    method: 'post',
    handler: async (req) =>
      done(req, { message: await releaseItem({ req, options, rowId: text(req.routeParams?.id) }) }),
  },
]
