import type { Access, FieldAccess } from 'payload'

import { isStaffUser } from './roles'

/** Editors, reviewers and admins: everyone who writes content. */
export const isStaff: Access = ({ req }) => isStaffUser(req.user)

/** A field only the editorial team reads or queries: readers get neither its value nor a `where` on it. */
export const isStaffField: FieldAccess = ({ req }) => isStaffUser(req.user)
