import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startTestPayload, stopTestPayload } from '../helpers/testPayload'
import { testsRunOnMongo } from '../helpers/testDatabase'

type DrizzleKit = {
  generateDrizzleJson: (schema: unknown) => Promise<unknown>
  generateMigration: (before: unknown, after: unknown) => Promise<string[]>
}
type SqliteAdapter = { schema: unknown; requireDrizzleKit: () => DrizzleKit }

let payload: Payload

/** SQLite's schema comes only from `migrations/`; MongoDB has no schema to migrate. */
describe.skipIf(testsRunOnMongo())('migrations', () => {
  beforeAll(async () => {
    payload = await startTestPayload('migrations')
  })
  afterAll(() => stopTestPayload(payload))

  it('describe every collection: the newest snapshot needs no further statements', async () => {
    const adapter = payload.db as unknown as SqliteAdapter
    const { generateDrizzleJson, generateMigration } = adapter.requireDrizzleKit()
    const snapshots = fs
      .readdirSync('migrations')
      .filter((file) => file.endsWith('.json'))
      .sort()
    expect(snapshots.length).toBeGreaterThan(0)
    const newest = JSON.parse(fs.readFileSync(path.join('migrations', snapshots.at(-1)!), 'utf8'))

    const pending = await generateMigration(newest, await generateDrizzleJson(adapter.schema))
    expect(pending, 'collections changed without a migration: run `npm run migrate:create <name>`').toEqual(
      [],
    )
  })

  it('are all applied to a fresh database', async () => {
    const applied = await payload.find({ collection: 'payload-migrations', limit: 100, pagination: false })
    const files = fs.readdirSync('migrations').filter((file) => /^\d{8}_\d{6}_.*\.ts$/.test(file))
    expect(applied.docs.map((doc) => `${doc.name}.ts`).sort()).toEqual(files.sort())
  })
})

describe('generated types', () => {
  it('payload-types.ts matches the collections: run `npm run generate:types` when this fails', () => {
    const fresh = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'types-')), 'payload-types.ts')
    execFileSync('npx', ['payload', 'generate:types'], {
      env: { ...process.env, PAYLOAD_TS_OUTPUT_PATH: fresh, DATABASE_URI: 'file::memory:' },
      stdio: 'pipe',
    })
    expect(fs.readFileSync(fresh, 'utf8') === fs.readFileSync('payload-types.ts', 'utf8')).toBe(true)
  })
})
