import { stayedLocked } from './locked'

export type Release = () => void

/**
 * One writer at a time within this process, first come first served. SQLite has a single write lock;
 * transactions of one process that polled for it would be served in no particular order, and under a
 * burst some would wait past the timeout while later ones went through.
 *
 * A waiter gives up only when the lock has not changed hands for `timeoutMs`: a burst of fifty writes
 * waits its turn however long the queue, while a writer stuck holding the lock (or a transaction that
 * waits for another of this process) fails them after the timeout instead of never.
 */
export const createWriterQueue = ({ timeoutMs }: { timeoutMs: number }) => {
  let held = false
  let handedOnAt = 0
  const waiting: Array<(release: Release) => void> = []

  const releaser = (): Release => {
    handedOnAt = Date.now()
    let released = false
    return () => {
      if (released) return
      released = true
      const next = waiting.shift()
      // libSQL answers its "async" calls at once, so a chain of transactions handed on promise by promise
      // would run without ever letting the server write a response or take a new request: each hand-over
      // waits for the event loop's next turn instead.
      if (next) setImmediate(() => next(releaser()))
      else held = false
    }
  }

  /** Resolves when every earlier writer has finished; rejects as locked when the queue stops moving. */
  const acquire = (): Promise<Release> => {
    if (!held) {
      held = true
      return Promise.resolve(releaser())
    }
    const queuedAt = Date.now()
    return new Promise((resolve, reject) => {
      let timer: NodeJS.Timeout
      const grant = (release: Release) => {
        clearTimeout(timer)
        resolve(release)
      }
      const checkProgress = () => {
        const stuckFor = Date.now() - handedOnAt
        if (stuckFor < timeoutMs) {
          timer = setTimeout(checkProgress, timeoutMs - stuckFor)
          return
        }
        waiting.splice(waiting.indexOf(grant), 1)
        reject(stayedLocked(Date.now() - queuedAt))
      }
      timer = setTimeout(checkProgress, timeoutMs)
      waiting.push(grant)
    })
  }

  return { acquire }
}
