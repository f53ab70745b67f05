import type { Migration, Payload } from 'payload'

import { migrations } from '../migrations'
import { databaseUri, isMongoUri } from './databaseUri'

/** The generated index types each migration's own argument type; the adapter takes the general one. */
export const sqliteMigrations = migrations as unknown as Migration[]

/**
 * Brings the embedded database's schema up to date from `migrations/` (already-applied ones are
 * skipped). MongoDB has no schema to migrate; its indexes are ensured on connect.
 */
export const migrateDatabase = async (payload: Payload): Promise<void> => {
  if (isMongoUri(databaseUri())) return
  await payload.db.migrate({ migrations: sqliteMigrations })
}
