import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { hasRole } from '../access/roles'

/**
 * Editors write drafts; only reviewers and admins put content live. An editor's save is always stored
 * as a draft version, so it can never overwrite what readers see, and an explicit publish is refused.
 */
export const keepEditorsToDrafts: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  if (args.overrideAccess || !req.user || hasRole(req.user, 'reviewer', 'admin')) return args

  const data = 'data' in args ? (args.data as { _status?: string } | undefined) : undefined
  if (data?._status === 'published') {
    throw new APIError(
      'Editors cannot publish. Save this as a draft and submit it for review; a reviewer publishes it.',
      403,
      null,
      true,
    )
  }
  return { ...args, draft: true, data: { ...data, _status: 'draft' } }
}
