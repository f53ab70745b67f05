import type { CollectionBeforeOperationHook } from 'payload'

import { actorOf } from '../lib/actor'
import { forbidden } from '../lib/errors'
import type { ResolvedWorkflowOptions } from '../types'

/**
 * Deleting takes a page away from readers, so it is a reviewer's decision, like a retraction. The
 * collection's access would refuse an editor too, but without saying what to do instead.
 */
export const guardDeletes =
  (options: ResolvedWorkflowOptions): CollectionBeforeOperationHook =>
  ({ args, operation, req }) => {
    if (operation !== 'delete' || args.overrideAccess) return args
    if (actorOf(req.user, options) === 'editor') {
      throw forbidden(
        'Only reviewers and admins delete content. To take a page offline, ask a reviewer to retract it.',
      )
    }
    return args
  }
