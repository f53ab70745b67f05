import type { Payload, TypedUser } from 'payload'

import { isStaffUser } from '../../access/roles'
import { ImportRefused } from '../../lib/onet/import/runImport'

/** The person an import is recorded as run by: an existing editor, reviewer or admin. */
export const findRunner = async (payload: Payload, email: string): Promise<TypedUser> => {
  const { docs } = await payload.find({
    collection: 'users',
    where: { email: { equals: email } },
    limit: 1,
    depth: 0,
  })
  const user = docs[0]
  if (!user) throw new ImportRefused(`No account has the e-mail ${email}.`)
  if (!isStaffUser(user)) throw new ImportRefused(`${email} is not an editor, reviewer or admin.`)
  return { ...user, collection: 'users' } as TypedUser
}
