import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/** `npm run test:mongo` sets this; every other run uses a fresh SQLite file. */
export const testsRunOnMongo = (): boolean => process.env.TEST_DATABASE === 'mongodb'

const mongoDatabaseUri = (name: string): string => {
  const base = process.env.MONGODB_URI
  if (!base) {
    throw new Error(
      'npm run test:mongo needs MONGODB_URI, e.g. MONGODB_URI=mongodb://127.0.0.1:27017/?replicaSet=rs0',
    )
  }
  const url = new URL(base)
  url.pathname = `/${name}`
  return url.toString()
}

/** A database nobody else uses, so each test file starts from nothing. */
export const freshDatabaseUri = (label: string): string => {
  const name = `career-evidence-test-${label}-${crypto.randomBytes(4).toString('hex')}`
  if (testsRunOnMongo()) return mongoDatabaseUri(name)
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), `${name}-`))
  return `file:${path.join(folder, 'test.db')}`
}
