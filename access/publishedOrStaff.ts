import type { Access } from 'payload'

import { isStaffUser } from './roles'

/** Staff read everything; everyone else reads published documents only, as a query constraint. */
export const publishedOrStaff: Access = ({ req }) => {
  if (isStaffUser(req.user)) return true
  return { _status: { equals: 'published' } }
}
