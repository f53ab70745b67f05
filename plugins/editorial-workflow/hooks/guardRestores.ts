import type { CollectionBeforeOperationHook } from 'payload'

import { actorOf } from '../lib/actor'
import { forbidden } from '../lib/errors'
import { markRestore } from '../lib/restoring'
import type { ResolvedWorkflowOptions } from '../types'

/**
 * Restoring a version is an edit like any other: the old content comes back as a draft that goes
 * through review, and the live page stays as it is until a reviewer publishes it. Payload would
 * otherwise write the version, its status included, straight onto the live document. A restore
 * carries no data the caller could adjust, so this holds with `overrideAccess` too whenever a person
 * is signed in; trusted code without a user restores as Payload does. (The REST route the admin uses
 * asks for a draft on the person's behalf: see `restoreAsDraftEndpoint`.)
 */
export const guardRestores =
  (options: ResolvedWorkflowOptions): CollectionBeforeOperationHook =>
  ({ args, operation, req }) => {
    if (operation !== 'restoreVersion' || !actorOf(req.user, options)) return args
    const { draft, id } = args as { draft?: boolean; id?: unknown }
    if (draft !== true) {
      throw forbidden(
        'A restored version comes back as a draft for review, never straight onto the live page. Restore it as a draft (with draft set to true).',
      )
    }
    markRestore(req.context, String(id))
    return args
  }
