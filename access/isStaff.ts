import type { Access } from 'payload'

import { isStaffUser } from './roles'

/** Editors, reviewers and admins: everyone who writes content. */
export const isStaff: Access = ({ req }) => isStaffUser(req.user)
