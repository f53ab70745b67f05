import type { CollectionBeforeOperationHook } from 'payload'

import { isStaffUser } from '../access/roles'

/**
 * `?draft=true` asks Payload to read the newest version, which may be unpublished. Readers outside the
 * editorial team always get the published document instead, whatever they ask for.
 */
export const hideDraftsFromReaders: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'read' || isStaffUser(req.user)) return args
  if ('draft' in args && args.draft) return { ...args, draft: false }
  return args
}
