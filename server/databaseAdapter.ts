import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

import { migrations } from '../migrations'
import { ensureFolderFor } from './dataDirectory'
import { databaseUri, isMongoUri } from './databaseUri'

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
 * The schema is only ever changed by migrations (`push: false`), in development too: a database that
 * was once pushed makes later migrations stall, so no file is ever shared between the two modes.
 */
const sqliteDatabase = (url: string): DatabaseAdapterObj => {
  ensureFolderFor(url)
  return sqliteAdapter({
    client: { url },
    idType: 'uuid',
    wal: true,
    busyTimeout: SQLITE_BUSY_TIMEOUT_MS,
    transactionOptions: {},
    push: false,
    prodMigrations: migrations,
  })
}

/** `DATABASE_URI` picks the adapter: MongoDB for `mongodb://` and `mongodb+srv://`, SQLite otherwise. */
export const databaseAdapter = (): DatabaseAdapterObj => {
  const uri = databaseUri()
  return isMongoUri(uri) ? mongoDatabase(uri) : sqliteDatabase(uri)
}
