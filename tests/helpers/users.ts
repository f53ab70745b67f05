import type { Payload } from 'payload'

import type { Role } from '../../access/roles'
import type { User } from '../../payload-types'

export const TEST_PASSWORD = 'correct-horse-battery-staple'

/** One account per role, created through the Local API; the first one is the admin. */
export const createStaff = async (payload: Payload): Promise<Record<Role, User>> => {
  const make = (role: Role) =>
    payload.create({
      collection: 'users',
      data: { email: `${role}@test.example`, password: TEST_PASSWORD, roles: [role], name: `Test ${role}` },
    })
  const admin = await make('admin')
  const editor = await make('editor')
  const reviewer = await make('reviewer')
  return { admin, editor, reviewer }
}
