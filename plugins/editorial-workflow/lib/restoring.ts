import type { RequestContext } from 'payload'

/**
 * Payload's restore hands the hooks an old version's data, status and stage included, with nothing
 * to tell it from an ordinary save. `guardRestores` marks the request so the workflow reads that data
 * as a draft edit; the mark is removed once the restore is recorded, and by the next save.
 */
const KEY = 'workflowRestoredVersion'

export const markRestore = (context: RequestContext, versionId: string) => {
  context[KEY] = versionId
}

/** The id of the version being restored, while a person's restore is under way. */
export const restoredVersionOf = (context: RequestContext): string | undefined => {
  const value = context[KEY]
  return typeof value === 'string' ? value : undefined
}

export const clearRestore = (context: RequestContext) => {
  delete context[KEY]
}
