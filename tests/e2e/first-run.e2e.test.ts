import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startApp, type StartedApp } from '../helpers/startedApp'

type Credentials = Record<'admin' | 'editor' | 'reviewer', { email: string; password: string }>

let app: StartedApp
let credentials: Credentials

describe('first run of `npm start` on an empty machine', () => {
  beforeAll(async () => {
    // The whole bundled O*NET release, as a newcomer's first start loads it (other tests use a slice).
    app = await startApp({ env: { ONET_RELEASE: '' } })
    credentials = JSON.parse(fs.readFileSync(path.join(app.dataDir, 'demo-credentials.json'), 'utf8'))
  })
  afterAll(() => app?.stop())

  it('prints each demo login once and keeps them in a private file', () => {
    expect(fs.statSync(path.join(app.dataDir, 'demo-credentials.json')).mode & 0o777).toBe(0o600)
    for (const { email, password } of Object.values(credentials)) {
      expect(app.output()).toContain(email)
      expect(app.output()).toContain(password)
    }
  })

  it('logs each demo user in through the REST API', async () => {
    for (const { email, password } of Object.values(credentials)) {
      const response = await fetch(`${app.baseUrl}/api/users/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email, password }),
      })
      expect(response.status).toBe(200)
    }
  })

  it('serves the admin panel', async () => {
    const response = await fetch(`${app.baseUrl}/admin/login`)
    expect(response.status).toBe(200)
    expect(await response.text()).toContain('Career Evidence')
  })

  it('lists backend-developer and no draft to an anonymous ?draft=true request', async () => {
    // The curated careers: the imported occupations fill more than a page of 100.
    const curated = 'where[or][0][origin][equals]=curated&where[or][1][origin][exists]=false'
    const response = await fetch(`${app.baseUrl}/api/careers?draft=true&limit=100&${curated}`)
    const body = (await response.json()) as { docs: { slug: string; _status: string }[] }
    expect(body.docs.map((doc) => doc.slug)).toContain('backend-developer')
    expect(body.docs.every((doc) => doc._status === 'published')).toBe(true)
  })

  it('imports the whole O*NET 29.2 release: 1,016 careers, published, with their interest profiles', async () => {
    expect(app.output()).toMatch(/O\*NET careers: 1016\/1016/)
    const response = await fetch(`${app.baseUrl}/api/careers?where[origin][equals]=onet&limit=1&depth=0`)
    expect(((await response.json()) as { totalDocs: number }).totalDocs).toBe(1016)
    const developers = await fetch(
      `${app.baseUrl}/api/careers?where[onet.code][equals]=15-1252.00&depth=0&select[onet][interests]=true`,
    )
    const [career] = ((await developers.json()) as { docs: { onet: { interests: { highPoint: string } } }[] })
      .docs
    expect(career.onet.interests.highPoint).toBe('ICR')
  })

  it('starts again without reseeding or reprinting passwords', async () => {
    await app.stop()
    app = await startApp({ dataDir: app.dataDir, env: { ONET_RELEASE: '' } })
    expect(app.output()).toContain('The build is up to date')
    expect(app.output()).not.toContain('Importing the O*NET release')
    expect(app.output()).toContain('demo content not loaded')
    expect(app.output()).not.toContain(credentials.admin.password)
    const response = await fetch(`${app.baseUrl}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(credentials.editor),
    })
    expect(response.status).toBe(200)
  })
})

describe('`npm start` on MongoDB', () => {
  it('refuses to start without PAYLOAD_SECRET and says what to set', () => {
    const result = spawnSync('npm', ['start'], {
      env: { ...process.env, PAYLOAD_SECRET: '', DATABASE_URI: 'mongodb://127.0.0.1:9/career-evidence' },
      encoding: 'utf8',
      timeout: 60_000,
    })
    expect(result.status).not.toBe(0)
    expect(result.stdout + result.stderr).toContain('set PAYLOAD_SECRET')
  })
})
