import type { Access } from 'payload'

import { hasRole } from './roles'

/** Reviewers and admins: the people who may publish, unpublish and delete content. */
export const isReviewer: Access = ({ req }) => hasRole(req.user, 'reviewer', 'admin')
