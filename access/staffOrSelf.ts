import type { Access } from 'payload'

import { isStaffUser } from './roles'

/**
 * The editorial team sees who is who (names on locks, audit entries, versions); anyone else only their
 * own account. Passwords, sessions and reset tokens stay hidden and unqueryable whoever reads.
 */
export const staffOrSelf: Access = ({ req }) => {
  if (isStaffUser(req.user)) return true
  if (req.user) return { id: { equals: req.user.id } }
  return false
}
