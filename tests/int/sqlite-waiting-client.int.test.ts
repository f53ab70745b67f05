import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { createClient } from '@libsql/client'
import { afterEach, describe, expect, it } from 'vitest'

import { waitingClient } from '../../server/sqlite/waitingClient'

const LOCK_TIMEOUT_MS = 300

const freshFile = () => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'waiting-client-')), 'test.db')
  return `file:${file}`
}

const opened: { close: () => void }[] = []
const open = (url: string) => {
  const client = waitingClient({
    openClient: () => createClient({ url }),
    lockTimeoutMs: LOCK_TIMEOUT_MS,
    connectionPragmas: `PRAGMA busy_timeout = ${LOCK_TIMEOUT_MS};`,
  })
  opened.push(client)
  return client
}

const prepare = async (url: string) => {
  const setup = createClient({ url })
  await setup.execute('PRAGMA journal_mode = WAL')
  await setup.execute('CREATE TABLE entries (label TEXT)')
  return setup
}

afterEach(() => {
  while (opened.length) opened.pop()?.close()
})

describe('waitingClient', () => {
  it('lets a transaction through after a statement that met the lock, on a connection that still works', async () => {
    const url = freshFile()
    const other = await prepare(url)
    const client = open(url)
    await other.execute('BEGIN IMMEDIATE')
    await other.execute("INSERT INTO entries VALUES ('held by another connection')")
    setTimeout(() => void other.execute('COMMIT'), 100)

    await client.execute("INSERT INTO entries VALUES ('waited outside a transaction')")
    const transaction = await client.transaction('write')
    await transaction.execute("INSERT INTO entries VALUES ('written in a transaction')")
    await transaction.commit()

    const { rows } = await other.execute('SELECT label FROM entries ORDER BY rowid')
    expect(rows.map((row) => row.label)).toEqual([
      'held by another connection',
      'waited outside a transaction',
      'written in a transaction',
    ])
    other.close()
  })

  it('serves a write outside a transaction in its turn during a stream of transactions longer than the timeout', async () => {
    const url = freshFile()
    ;(await prepare(url)).close()
    const client = open(url)
    const started = Date.now()
    const stream = async () => {
      while (Date.now() - started < LOCK_TIMEOUT_MS * 3) {
        const transaction = await client.transaction('write')
        await transaction.execute("INSERT INTO entries VALUES ('stream')")
        await new Promise((resolve) => setTimeout(resolve, 20))
        await transaction.commit()
      }
    }
    const streams = [stream(), stream()]
    await new Promise((resolve) => setTimeout(resolve, 50))

    const write = await client
      .execute("INSERT INTO entries VALUES ('one write in its turn')")
      .catch((error: Error) => error)
    await Promise.all(streams)

    expect(write).not.toBeInstanceOf(Error)
    const { rows } = await client.execute(
      "SELECT count(*) AS turns FROM entries WHERE label = 'one write in its turn'",
    )
    expect(rows[0].turns).toBe(1)
  })

  it('refuses as locked, after the timeout, a write that another process keeps locked out', async () => {
    const url = freshFile()
    const other = await prepare(url)
    const client = open(url)
    await other.execute('BEGIN IMMEDIATE')

    const refusal = await client
      .execute("INSERT INTO entries VALUES ('never')")
      .catch((error: Error) => error)

    expect(String(refusal)).toMatch(/SQLITE_BUSY: the database stayed locked for \d+ ms/)
    await other.execute('COMMIT')
    other.close()
  })
})
