import { type ChildProcess, spawn } from 'node:child_process'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { ONET_SLICE } from '../helpers/onetSlice'
import { releaseCopy, removeReleaseCopies } from '../helpers/onetRelease'
import { startTestPayload, stopTestPayload } from '../helpers/testPayload'
import { createStaff } from '../helpers/users'

let payload: Payload

type Run = { code: number | null; signal: string | null; stdout: string; stderr: string }

/** `npm run import:onet -- …` as a person runs it, against this file's database. */
const importOnet = (args: string[], onStderr?: (text: string, child: ChildProcess) => void): Promise<Run> =>
  new Promise((resolve) => {
    const child = spawn('node', ['--import', 'tsx', 'scripts/import-onet.ts', ...args], { env: process.env })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk) => (stdout += chunk))
    child.stderr.on('data', (chunk) => {
      stderr += chunk
      onStderr?.(stderr, child)
    })
    child.on('exit', (code, signal) => resolve({ code, signal, stdout, stderr }))
  })

const counts = async () => ({
  imports: (await payload.count({ collection: 'imports' })).totalDocs,
  careers: (await payload.count({ collection: 'careers' })).totalDocs,
  skills: (await payload.count({ collection: 'skills' })).totalDocs,
  sources: (await payload.count({ collection: 'sources' })).totalDocs,
})

describe('npm run import:onet', () => {
  beforeAll(async () => {
    payload = await startTestPayload('onet-cli')
    await createStaff(payload)
  })
  afterAll(async () => {
    await removeReleaseCopies()
    await stopTestPayload(payload)
  })

  it('exits 2 with one sentence when the folder is missing or is not a release', async () => {
    const missing = await importOnet(['/no/such/release', '--dry-run'])
    expect(missing.code).toBe(2)
    expect(missing.stderr.trim()).toBe('There is no folder at /no/such/release.')

    const notRelease = await importOnet(['tests/fixtures', '--dry-run'])
    expect(notRelease.code).toBe(2)
    expect(notRelease.stderr).toContain('is not an O*NET release')
  })

  it('lists every rejected row with file:line in a dry run, and writes nothing in a real run', async () => {
    const folder = await releaseCopy({ variant: 'bad-values' })
    const dryRun = await importOnet([folder, '--dry-run'])
    expect(dryRun.code).toBe(1)
    expect(dryRun.stderr).toMatch(/rejected Interests\.txt:3: /)
    expect(dryRun.stderr).toMatch(/rejected Job Zones\.txt:2: /)
    expect(dryRun.stdout.trim()).toMatch(/^created=\d+ updated=0 unchanged=0 rejected=[1-9]\d*$/)

    const before = await counts()
    const real = await importOnet([folder, '--as', 'editor@test.example'])
    expect(real.code).toBe(1)
    expect(real.stderr).toContain('nothing was written')
    expect(real.stdout.trim()).toMatch(/^created=0 updated=0 unchanged=0 rejected=[1-9]\d*$/)
    expect(await counts()).toEqual(before)
  })

  it('prints the whole report as JSON with --json', async () => {
    const run = await importOnet([ONET_SLICE, '--dry-run', '--json'])
    expect(run.code).toBe(0)
    const report = JSON.parse(run.stdout)
    expect(report).toMatchObject({ mode: 'dry-run', version: '29.2', careers: { created: 49 }, rejected: [] })
    expect(report.files).toHaveLength(10)
  })

  it('leaves the database as it was when killed part-way through a run', async () => {
    const before = await counts()
    const killed = await importOnet([ONET_SLICE, '--as', 'editor@test.example'], (stderr, child) => {
      if (/writing skills: \d+\//.test(stderr) && child.exitCode === null) child.kill('SIGKILL')
    })
    expect(killed.signal).toBe('SIGKILL')
    expect(await counts()).toEqual(before)
    const integrity = await payload.db.drizzle.run('PRAGMA integrity_check' as never)
    expect(JSON.stringify(integrity)).toContain('ok')
  }, 180_000)

  it('imports for review as the named person, then reports everything unchanged the second time', async () => {
    const first = await importOnet([ONET_SLICE, '--as', 'editor@test.example'])
    expect(first.code).toBe(0)
    expect(first.stdout.trim()).toMatch(/^created=\d+ updated=0 unchanged=0 rejected=0$/)
    expect(first.stderr).toMatch(/writing careers: 49\/49/)

    const [run] = (await payload.find({ collection: 'imports', depth: 0 })).docs
    await payload.update({ collection: 'imports', id: run.id, data: { status: 'approved' }, context: { importing: true } })

    const second = await importOnet([ONET_SLICE, '--as', 'editor@test.example'])
    expect(second.code).toBe(0)
    expect(second.stdout.trim()).toMatch(/^created=0 updated=0 unchanged=\d+ rejected=0$/)
  }, 300_000)
})
