import type { Endpoint } from 'payload'

import { Refusal } from '../../../lib/errors/refusal'

/**
 * Payload mounts `POST /api/users/verify/:token` on every auth collection, and with verification off
 * it queried a column that does not exist and answered 500. Accounts here are made by an admin, so
 * the route says plainly that there is nothing to verify.
 */
export const noEmailVerification: Endpoint = {
  path: '/verify/:token',
  method: 'post',
  handler: () => {
    throw new Refusal(
      'Accounts here are created by an admin and need no e-mail verification; sign in instead.',
      404,
    )
  },
}
