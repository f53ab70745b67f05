import type { CollectionBeforeOperationHook } from 'payload'

import { isStaffUser } from '../access/roles'

/**
 * `?draft=true` asks Payload to read the newest version, which may be unpublished. Readers outside the
 * editorial team always get the published document instead, whatever they ask for. Trusted server
 * code (`overrideAccess`) is left alone.
 */
export const hideDraftsFromReaders: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'read' || args.overrideAccess || isStaffUser(req.user)) return args
  return 'draft' in args && args.draft ? { ...args, draft: false } : args
}
