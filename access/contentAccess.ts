import type { CollectionConfig } from 'payload'

import { isReviewer } from './isReviewer'
import { isStaff } from './isStaff'
import { publishedOrStaff } from './publishedOrStaff'

/** The access every content collection shares; who may publish is the editorial workflow's rule. */
export const contentAccess: CollectionConfig['access'] = {
  read: publishedOrStaff,
  readVersions: isStaff,
  create: isStaff,
  update: isStaff,
  delete: isReviewer,
}
