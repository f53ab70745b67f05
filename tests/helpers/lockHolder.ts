import { spawn } from 'node:child_process'

/**
 * A second process writing to the same SQLite file: it takes the write lock (`BEGIN IMMEDIATE`), changes a
 * row, and commits only after `holdMs`. Runs as its own Node process so that the lock is another
 * process's, as it is when `npm run seed` or a migration runs beside the server.
 */
const HOLDER = `
const { createClient } = require('@libsql/client')
const [file, holdMs] = process.argv.slice(1)
const main = async () => {
  const client = createClient({ url: 'file:' + file })
  await client.execute('BEGIN IMMEDIATE')
  await client.execute('UPDATE payload_migrations SET updated_at = updated_at')
  console.log('locked ' + Date.now())
  await new Promise((resolve) => setTimeout(resolve, Number(holdMs)))
  await client.execute('COMMIT')
  console.log('released ' + Date.now())
  client.close()
}
main().catch((error) => { console.error(error); process.exit(1) })
`

export type HeldLock = {
  /** When the other process had the lock (its clock is this machine's). */
  lockedAt: number
  /** Resolves with the time the other process committed and let go. */
  released: Promise<number>
}

/** Resolves once another process holds the write lock on `databaseFile`, for `holdMs` from then. */
export const holdWriteLock = ({ databaseFile, holdMs }: { databaseFile: string; holdMs: number }) =>
  new Promise<HeldLock>((resolve, reject) => {
    const child = spawn(process.execPath, ['-e', HOLDER, databaseFile, String(holdMs)], {
      cwd: process.cwd(),
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let errors = ''
    let resolveReleased: (at: number) => void
    const released = new Promise<number>((done) => (resolveReleased = done))
    child.stderr.on('data', (chunk) => (errors += chunk))
    child.stdout.on('data', (chunk: Buffer) => {
      for (const [, event, at] of String(chunk).matchAll(/(locked|released) (\d+)/g)) {
        if (event === 'locked') resolve({ lockedAt: Number(at), released })
        else resolveReleased(Number(at))
      }
    })
    child.on('exit', (code) => {
      if (code !== 0) reject(new Error(`The lock holder exited with ${code}: ${errors}`))
    })
  })

/** The file behind a `file:` database URL. */
export const databaseFileOf = (uri: string): string => uri.replace(/^file:/, '')
