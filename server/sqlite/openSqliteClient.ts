import { type Client, createClient } from '@libsql/client'

import { analyzeDatabase } from './plannerStatistics'
import { waitingClient } from './waitingClient'

/** The write-ahead log's size after a checkpoint, as Payload's adapter sets it (64 MiB). */
const JOURNAL_SIZE_LIMIT = 64 * 1024 * 1024

type OpenArgs = { url: string; lockTimeoutMs: number }

/**
 * The embedded database's client: WAL (readers never wait for the writer; kept in the file once set) and
 * writes that wait for the lock (`waitingClient`). Payload only configures a client it creates itself,
 * so this one applies what the adapter's `wal` and `busyTimeout` options would have. It also refreshes
 * the query planner's statistics, so every process plans with the catalogue as it is.
 */
export const openSqliteClient = async ({ url, lockTimeoutMs }: OpenArgs): Promise<Client> => {
  const connectionPragmas = `PRAGMA busy_timeout = ${lockTimeoutMs}; PRAGMA journal_size_limit = ${JOURNAL_SIZE_LIMIT};`
  const client = waitingClient({ openClient: () => createClient({ url }), lockTimeoutMs, connectionPragmas })
  const { rows } = await client.execute('PRAGMA journal_mode')
  if (rows[0]?.journal_mode !== 'wal') await client.execute('PRAGMA journal_mode = WAL')
  await client.execute(`PRAGMA journal_size_limit = ${JOURNAL_SIZE_LIMIT}`)
  await analyzeDatabase(client)
  return client
}
