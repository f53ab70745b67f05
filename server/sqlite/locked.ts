import { LibsqlError } from '@libsql/client'

/** SQLite's "database is locked": another connection holds the write lock, or is recovering the log. */
export const isLocked = (error: unknown): boolean =>
  error instanceof LibsqlError && error.code.startsWith('SQLITE_BUSY')

/** The error of a write whose lock stayed taken for the whole wait; `answerLockedDatabase` makes it a 503. */
export const stayedLocked = (waitedMs: number): LibsqlError =>
  new LibsqlError(`SQLITE_BUSY: the database stayed locked for ${waitedMs} ms`, 'SQLITE_BUSY', 5)

const FIRST_PAUSE_MS = 2
const LONGEST_PAUSE_MS = 25

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Tries `attempt` until it gets past a lock or the deadline passes. libSQL would wait for a lock
 * synchronously (the `busy_timeout` pragma), holding the event loop: the process could serve nobody
 * meanwhile, and could never finish its own transaction that holds the lock. Pausing between tries
 * keeps the server answering while a write waits. Only statements that SQLite undoes when they meet a
 * lock (a `BEGIN`, a single statement, a batch in its own transaction) may be retried this way.
 */
export const retryWhileLocked = async <T>(attempt: () => Promise<T>, deadline: number): Promise<T> => {
  const started = Date.now()
  for (let wait = FIRST_PAUSE_MS; ; wait = Math.min(wait * 2, LONGEST_PAUSE_MS)) {
    try {
      return await attempt()
    } catch (error) {
      if (!isLocked(error)) throw error
      if (Date.now() + wait > deadline) throw stayedLocked(Date.now() - started)
    }
    await pause(wait)
  }
}
