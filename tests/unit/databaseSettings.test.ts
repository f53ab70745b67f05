import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterEach, describe, expect, it } from 'vitest'

import { DEFAULT_DATABASE_URI, databaseUri, isMongoUri } from '../../server/databaseUri'
import { MissingSecretError, payloadSecret } from '../../server/payloadSecret'

const saved = { ...process.env }
afterEach(() => {
  process.env = { ...saved }
})

describe('databaseUri', () => {
  it('defaults to the embedded SQLite file', () => {
    delete process.env.DATABASE_URI
    expect(databaseUri()).toBe(DEFAULT_DATABASE_URI)
    expect(isMongoUri(databaseUri())).toBe(false)
  })

  it('recognises both MongoDB schemes', () => {
    expect(isMongoUri('mongodb://127.0.0.1:27017/career')).toBe(true)
    expect(isMongoUri('mongodb+srv://cluster.example.net/career')).toBe(true)
    expect(isMongoUri('file:./data/x.db')).toBe(false)
  })
})

describe('payloadSecret', () => {
  it('refuses to start on MongoDB without PAYLOAD_SECRET, saying what to set', () => {
    delete process.env.PAYLOAD_SECRET
    process.env.DATABASE_URI = 'mongodb://127.0.0.1:27017/career'
    expect(() => payloadSecret()).toThrow(MissingSecretError)
    expect(() => payloadSecret()).toThrow(/set PAYLOAD_SECRET/)
  })

  it('generates one secret for the embedded demo and keeps it, private, across restarts', () => {
    delete process.env.PAYLOAD_SECRET
    delete process.env.DATABASE_URI
    process.env.DATA_DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'secret-'))
    const first = payloadSecret()
    expect(first).toMatch(/^[0-9a-f]{64}$/)
    expect(payloadSecret()).toBe(first)
    const mode = fs.statSync(path.join(process.env.DATA_DIR, 'payload-secret')).mode & 0o777
    expect(mode).toBe(0o600)
  })

  it('prefers the PAYLOAD_SECRET it is given', () => {
    process.env.PAYLOAD_SECRET = 'given'
    process.env.DATABASE_URI = 'mongodb://127.0.0.1:27017/career'
    expect(payloadSecret()).toBe('given')
  })
})
