import type { TypedUser } from 'payload'

import type { Actor } from '../stages'
import type { ResolvedWorkflowOptions } from '../types'

/** The strongest workflow capacity a user has, or null for readers. */
export const actorOf = (
  user: TypedUser | null | undefined,
  options: ResolvedWorkflowOptions,
): Actor | null => {
  if (options.isReviewer(user)) return 'reviewer'
  if (options.isEditor(user)) return 'editor'
  return null
}
