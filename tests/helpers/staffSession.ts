import type { Payload } from 'payload'

import type { User } from '../../payload-types'
import { apiClient, tokenFor } from './apiClient'
import { createStaff, TEST_PASSWORD } from './users'

export type StaffRole = 'admin' | 'editor' | 'reviewer'

/** The three staff accounts, their REST/GraphQL tokens, and the API client. */
export const staffSession = async (payload: Payload) => {
  const api = await apiClient()
  const users = await createStaff(payload)
  const tokens = {} as Record<StaffRole, string>
  for (const role of ['admin', 'editor', 'reviewer'] as const) {
    tokens[role] = await tokenFor(payload, `${role}@test.example`, TEST_PASSWORD)
  }
  return { api, users: users as Record<StaffRole, User>, tokens }
}
