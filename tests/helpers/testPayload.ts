import type { Payload } from 'payload'

import { freshDatabaseUri, testsRunOnMongo } from './testDatabase'

/**
 * Boots Payload on a fresh database. `DATABASE_URI` must be set before the config is imported, so the
 * config is loaded here, lazily, and SQLite gets its schema the way production does: from migrations.
 */
export const startTestPayload = async (label: string): Promise<Payload> => {
  process.env.DATABASE_URI = freshDatabaseUri(label)
  const [{ default: config }, { getPayload }, { migrateDatabase }] = await Promise.all([
    import('@payload-config'),
    import('payload'),
    import('../../server/migrateDatabase'),
  ])
  const payload = await getPayload({ config })
  await migrateDatabase(payload)
  return payload
}

export const stopTestPayload = async (payload: Payload | undefined): Promise<void> => {
  if (!payload) return
  if (testsRunOnMongo()) await payload.db.dropDatabase?.({ adapter: payload.db as never })
  await payload.destroy()
}
