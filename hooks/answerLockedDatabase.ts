import type { AfterErrorHook } from 'payload'

const RETRY_AFTER_SECONDS = '5'

/** Whether the error, or one it was caused by, is SQLite's "database is locked". */
const causedByLock = (error: unknown): boolean => {
  for (let current = error, depth = 0; current instanceof Error && depth < 5; depth++) {
    if (/SQLITE_BUSY/.test(current.message)) return true
    current = current.cause
  }
  return false
}

/**
 * A write that waited the whole busy timeout for another writer (say, a long import in a second process)
 * is refused as `503` with `Retry-After`, in words, instead of "Something went wrong.": nothing was
 * stored, and trying again shortly will work.
 */
export const answerLockedDatabase: AfterErrorHook = ({ error, req }) => {
  if (!causedByLock(error)) return
  const headers = req.responseHeaders ?? new Headers()
  headers.set('Retry-After', RETRY_AFTER_SECONDS)
  req.responseHeaders = headers
  return {
    response: {
      errors: [
        {
          name: 'DatabaseBusy',
          message: 'The database is busy with another write. Nothing was saved; try again in a few seconds.',
        },
      ],
    },
    status: 503,
  }
}
