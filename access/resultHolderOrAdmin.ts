import type { Access } from 'payload'

import { hasRole } from './roles'

/** Result ids are long random strings; anything shorter is not one. */
const MIN_RESULT_ID = 16

/**
 * Admins read every response. Anyone else reads exactly one, and only by presenting its unguessable
 * result id, which the result page passes as request context (HTTP callers cannot set it).
 */
export const resultHolderOrAdmin: Access = ({ req }) => {
  if (hasRole(req.user, 'admin')) return true
  const resultId = req.context?.resultId
  if (typeof resultId !== 'string' || resultId.length < MIN_RESULT_ID) return false
  return { resultId: { equals: resultId } }
}
