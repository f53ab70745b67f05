import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { type Client, createClient } from '@libsql/client'
import { afterEach, describe, expect, it } from 'vitest'

import { openSqliteClient } from '../../server/sqlite/openSqliteClient'
import { analyzeDatabase } from '../../server/sqlite/plannerStatistics'

const SKILLS = 500
const PAGES_PER_SKILL = 10

const opened: Client[] = []
afterEach(() => {
  while (opened.length) opened.pop()?.close()
})

/** A table shaped like the evidence pages': every row published, ten rows per skill, both indexed. */
const catalogueFile = async () => {
  const url = `file:${path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'planner-')), 'test.db')}`
  const setup = createClient({ url })
  opened.push(setup)
  await setup.executeMultiple(`
    PRAGMA journal_mode = WAL;
    CREATE TABLE pages (id INTEGER PRIMARY KEY, skill_id TEXT, _status TEXT);
    CREATE INDEX pages_skill_idx ON pages (skill_id);
    CREATE INDEX pages__status_idx ON pages (_status);
    WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${SKILLS * PAGES_PER_SKILL})
    INSERT INTO pages (skill_id, _status) SELECT 'skill-' || (i % ${SKILLS}), 'published' FROM n;
  `)
  return { url, setup }
}

const PUBLISHED_OF_SKILL =
  "SELECT id FROM pages WHERE skill_id = 'skill-7' AND _status = 'published' AND _status = 'published'"

const planOf = async (client: Client) =>
  (await client.execute(`EXPLAIN QUERY PLAN ${PUBLISHED_OF_SKILL}`)).rows.map((row) => String(row.detail))

describe('query planner statistics', () => {
  it("find a skill's published pages through the skill's index once the database is analysed", async () => {
    const { setup } = await catalogueFile()
    expect((await planOf(setup)).join()).toContain('pages__status_idx')

    expect(await analyzeDatabase(setup)).toBe(true)

    expect((await planOf(setup)).join()).toContain('pages_skill_idx')
    expect((await setup.execute(PUBLISHED_OF_SKILL)).rows).toHaveLength(PAGES_PER_SKILL)
  })

  it('are refreshed when the app opens its database', async () => {
    const { url } = await catalogueFile()
    const client = await openSqliteClient({ url, lockTimeoutMs: 300 })
    opened.push(client)

    expect((await planOf(client)).join()).toContain('pages_skill_idx')
  })

  it('are left as they were, without an error, while another process holds the write lock', async () => {
    const { url, setup } = await catalogueFile()
    await setup.execute('BEGIN IMMEDIATE')
    const client = await openSqliteClient({ url, lockTimeoutMs: 300 })
    opened.push(client)

    expect(await analyzeDatabase(client)).toBe(false)
    await setup.execute('COMMIT')
  })
})
