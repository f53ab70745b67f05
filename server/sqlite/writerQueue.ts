import { stayedLocked } from './locked'

export type Release = () => void

/**
 * One writer at a time within this process, first come first served. SQLite has a single write lock;
 * transactions of one process that polled for it would be served in no particular order, and under a
 * burst some would wait past the timeout while later ones went through.
 */
export const createWriterQueue = () => {
  let held = false
  const waiting: Array<(release: Release) => void> = []

  const releaser = (): Release => {
    let released = false
    return () => {
      if (released) return
      released = true
      const next = waiting.shift()
      if (next) next(releaser())
      else held = false
    }
  }

  /** Resolves when every earlier writer has finished; rejects as locked when the deadline comes first. */
  const acquire = (deadline: number): Promise<Release> => {
    if (!held) {
      held = true
      return Promise.resolve(releaser())
    }
    const started = Date.now()
    return new Promise((resolve, reject) => {
      const grant = (release: Release) => {
        clearTimeout(timer)
        resolve(release)
      }
      const timer = setTimeout(() => {
        waiting.splice(waiting.indexOf(grant), 1)
        reject(stayedLocked(Date.now() - started))
      }, deadline - started)
      waiting.push(grant)
    })
  }

  return { acquire }
}

export type WriterQueue = ReturnType<typeof createWriterQueue>
