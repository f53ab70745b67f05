import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { type SQLiteAdapter, sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

import { migrations } from '../migrations'
import { ensureFolderFor } from './dataDirectory'
import { databaseUri, isMongoUri } from './databaseUri'
import { openSqliteClient } from './sqlite/openSqliteClient'

const SQLITE_BUSY_TIMEOUT_MS = 5000

const mongoDatabase = (url: string): DatabaseAdapterObj =>
  mongooseAdapter({
    url,
    ensureIndexes: true,
    afterOpenConnection: async (adapter) => {
      if (!adapter.connection.getClient().options.replicaSet) {
        adapter.payload.logger.warn(
          'MongoDB is not a replica set, so transactions are OFF: a failed write can leave related ' +
            'documents half-updated. Use a replica set (or Atlas) in production.',
        )
      }
    },
  })

/**
 * Payload's adapter opens its libSQL client in `connect` unless one is already there: ours is put there
 * first, so that every connection, not only the first, waits for the write lock (`openSqliteClient`).
 */
const withWaitingClient = (
  database: DatabaseAdapterObj<SQLiteAdapter>,
  url: string,
): DatabaseAdapterObj<SQLiteAdapter> => ({
  ...database,
  init: (args) => {
    const adapter = database.init(args)
    const connect = adapter.connect
    adapter.connect = async (options) => {
      adapter.client ??= await openSqliteClient({ url, lockTimeoutMs: SQLITE_BUSY_TIMEOUT_MS })
      await connect?.call(adapter, options)
    }
    return adapter
  },
})

/**
 * The schema is only ever changed by migrations (`push: false`), in development too: a database that
 * was once pushed makes later migrations stall, so no file is ever shared between the two modes.
 */
const sqliteDatabase = (url: string): DatabaseAdapterObj => {
  const database = sqliteAdapter({
    client: { url },
    idType: 'uuid',
    transactionOptions: {},
    push: false,
    prodMigrations: migrations,
  })
  if (!url.startsWith('file:')) return database
  ensureFolderFor(url)
  return withWaitingClient(database, url)
}

/** `DATABASE_URI` picks the adapter: MongoDB for `mongodb://` and `mongodb+srv://`, SQLite otherwise. */
export const databaseAdapter = (): DatabaseAdapterObj => {
  const uri = databaseUri()
  return isMongoUri(uri) ? mongoDatabase(uri) : sqliteDatabase(uri)
}
