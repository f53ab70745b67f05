import type { CollectionBeforeOperationHook } from 'payload'

import { hasRole } from '../../../access/roles'
import { Refusal } from '../../../lib/errors/refusal'

const sameRoles = (a: unknown, b: unknown): boolean =>
  Array.isArray(a) && Array.isArray(b) && [...a].sort().join() === [...b].sort().join()

/**
 * Field access alone would silently drop a non-admin's role change; refusing it out loud tells the
 * caller that nothing was saved. Non-admins only ever update their own account, so their current
 * roles are the ones on their session.
 */
export const refuseRoleChangesByNonAdmins: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  if (!req.user || hasRole(req.user, 'admin')) return args

  const data = 'data' in args ? (args.data as { roles?: unknown } | undefined) : undefined
  if (data?.roles === undefined || sameRoles(data.roles, req.user.roles)) return args
  throw new Refusal('Only an admin can change roles.', 403)
}
