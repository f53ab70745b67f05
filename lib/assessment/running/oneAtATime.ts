const queues = new Map<string, Promise<unknown>>()

/**
 * Runs tasks with the same key one after another, in arrival order, within this process. Every
 * submission to an assessment rewrites its one statistics document: SQLite lets one writer in at a
 * time anyway, and MongoDB would abort all but one of several transactions writing one document, so
 * waiting here in order is cheaper than colliding there. (Other processes are kept out by the
 * database: SQLite's write lock, MongoDB's write conflicts, which `writeInBatches` retries.)
 */
export const oneAtATime = <T>(key: string, task: () => Promise<T>): Promise<T> => {
  const previous = queues.get(key) ?? Promise.resolve()
  const run = previous.then(task, task)
  const settled = run.then(
    () => undefined,
    () => undefined,
  )
  queues.set(key, settled)
  void settled.then(() => {
    if (queues.get(key) === settled) queues.delete(key)
  })
  return run
}

/** The queue key of an assessment's statistics document. */
export const statisticsQueue = (assessmentId: string) => `assessment-statistics:${assessmentId}`
