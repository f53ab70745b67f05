import type { Payload } from 'payload'

import { oneAtATime, statisticsQueue } from '../running/oneAtATime'
import type { Problem } from './problems'
import { isWriteConflict } from './writeConflict'
import { type PendingSubmission, type Stored, writeBatch } from './writeBatch'

/** Submissions written in one transaction at most: bounds how long one holds the write lock. */
export const MAX_BATCH = 64

/** Attempts at one batch when another process's transaction wrote the statistics first. */
const CONFLICT_ATTEMPTS = 3

type Waiting = PendingSubmission & {
  resolve: (result: Stored | Problem) => void
  reject: (error: unknown) => void
}

/** Per assessment, the batch that is queued but not yet started, which newcomers join. */
const forming = new Map<string, Waiting[]>()

const writeWithRetry = async (payload: Payload, batch: PendingSubmission[]) => {
  for (let attempt = 1; ; attempt++) {
    try {
      return await writeBatch({ payload, batch })
    } catch (error) {
      if (attempt >= CONFLICT_ATTEMPTS || !isWriteConflict(error)) throw error
    }
  }
}

/** Writes a batch and settles each of its submissions; one that fails is retried alone, so it sinks no other. */
const settle = async (payload: Payload, batch: Waiting[]) => {
  try {
    const results = await writeWithRetry(payload, batch)
    batch.forEach((waiting, index) => waiting.resolve(results[index]))
  } catch (error) {
    if (batch.length === 1) batch[0].reject(error)
    else for (const waiting of batch) await settle(payload, [waiting])
  }
}

/**
 * Stores a validated submission. Submissions to one assessment take turns (`oneAtATime`), and those
 * that arrive while a turn is under way are written together in the next one: one transaction, one
 * read and one write of the statistics for the lot. Under load this is what keeps a queue of fifty
 * short; alone, a submission is a batch of one and waits for nothing.
 */
export const writeInBatches = (payload: Payload, pending: PendingSubmission): Promise<Stored | Problem> =>
  new Promise((resolve, reject) => {
    const key = statisticsQueue(pending.loaded.instrument.id)
    const waiting: Waiting = { ...pending, resolve, reject }
    const joinable = forming.get(key)
    if (joinable && joinable.length < MAX_BATCH) {
      joinable.push(waiting)
      return
    }
    const batch = [waiting]
    forming.set(key, batch)
    void oneAtATime(key, async () => {
      if (forming.get(key) === batch) forming.delete(key)
      await settle(payload, batch)
    })
  })
