import crypto from 'node:crypto'
import fs from 'node:fs'

import { databaseUri } from './databaseUri'

/** For an embedded database file, its inode and creation time: a recreated file is another database. */
const fileIdentity = (uri: string): string => {
  if (!uri.startsWith('file:')) return ''
  try {
    const stat = fs.statSync(uri.slice('file:'.length))
    return `${stat.ino}:${stat.birthtimeMs}`
  } catch {
    return ''
  }
}

/**
 * A short name for the database the app reads. Anything derived from its content and kept across
 * restarts (the data cache, pages pre-rendered by a build) must be keyed by it, or an app pointed
 * at another database would serve the old one's pages, with its IDs.
 */
export const databaseIdentity = (): string => {
  const uri = databaseUri()
  return crypto
    .createHash('sha256')
    .update(`${uri}|${fileIdentity(uri)}`)
    .digest('hex')
    .slice(0, 16)
}
