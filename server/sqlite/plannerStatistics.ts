import type { Client } from '@libsql/client'
import type { Payload } from 'payload'

import { isLocked } from './locked'

/** Rows ANALYZE samples per index: enough to tell a selective index from one that matches every row. */
const ANALYSIS_LIMIT = 1000

/**
 * Refreshes the statistics SQLite's query planner chooses indexes by (`ANALYZE`, sampled: tens of
 * milliseconds on the full catalogue). Without them the planner guesses, and guessed wrong at scale:
 * for "this skill's published evidence pages" it walked the `_status` index, which every published
 * row shares (470 ms among 100,000 pages), instead of the skill's index (2 ms).
 * Best effort: when another process holds the write lock, the previous statistics stay in use.
 */
export const analyzeDatabase = async (client: Pick<Client, 'execute'>): Promise<boolean> => {
  try {
    await client.execute(`PRAGMA analysis_limit = ${ANALYSIS_LIMIT}`)
    await client.execute('ANALYZE')
    return true
  } catch (error) {
    if (isLocked(error)) return false
    throw error
  }
}

/** After a bulk write (an import, the demo seed): the catalogue's shape changed, so do its statistics. */
export const refreshPlannerStatistics = async (payload: Payload): Promise<void> => {
  const client = (payload.db as unknown as { client?: Client }).client
  if (payload.db.name !== 'sqlite' || !client) return
  await analyzeDatabase(client)
}
