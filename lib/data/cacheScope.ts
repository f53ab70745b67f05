import 'server-only'

import { databaseIdentity } from '../../server/databaseIdentity'

let scope: string | undefined

/**
 * Names the database cached data came from, for the cache keys. Next keeps its data cache on disk
 * across restarts and rebuilds, so without this an app pointed at another database (a test's, a
 * fresh demo) would serve pages of the old one, with its IDs.
 */
export const cacheScope = (): string => {
  if (scope === undefined) {
    scope = databaseIdentity()
  }
  return scope
}
