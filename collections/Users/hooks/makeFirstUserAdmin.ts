import type { CollectionBeforeChangeHook } from 'payload'

import type { User } from '../../../payload-types'

/** The account created on an empty installation must be able to manage everyone after it. */
export const makeFirstUserAdmin: CollectionBeforeChangeHook<User> = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const { totalDocs } = await req.payload.count({ collection: 'users', req })
  if (totalDocs > 0) return data
  return { ...data, roles: ['admin'] }
}
