import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { workInterests } from '../../seed/assessments/workInterests'
import { holdWriteLock } from '../helpers/lockHolder'
import { startApp, type StartedApp } from '../helpers/startedApp'
import { openStoredState } from '../helpers/storedState'

type Login = { email: string; password: string }
type Answer = { status: number; body: Record<string, unknown> }

const SLUG = workInterests.slug
const HOLD_MS = 1500

let app: StartedApp
let editorToken: string
let adminToken: string

const databaseFile = () => path.join(app.dataDir, 'career-evidence.db')

const call = async ({
  method = 'GET',
  path: route,
  token,
  body,
}: {
  method?: string
  path: string
  token?: string
  body?: unknown
}): Promise<Answer> => {
  const response = await fetch(`${app.baseUrl}${route}`, {
    method,
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `JWT ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  return { status: response.status, body: (await response.json().catch(() => ({}))) as Answer['body'] }
}

const tokenFor = async ({ email, password }: Login) => {
  const { body } = await call({ method: 'POST', path: '/api/users/login', body: { email, password } })
  return String(body.token)
}

const submit = () =>
  call({
    method: 'POST',
    path: `/api/assessments/${SLUG}/submit`,
    body: {
      answers: Object.fromEntries(workInterests.items.map((item, index) => [item.key, 1 + (index % 5)])),
      idempotencyKey: crypto.randomUUID(),
    },
  })

const createDraft = async (name: string) => {
  const { status, body } = await call({
    method: 'POST',
    path: '/api/skills',
    token: editorToken,
    body: { name, summary: `${name} is a practice worked on in the reliability test.`, kind: 'method' },
  })
  expect(status).toBe(201)
  return String((body.doc as { id: string }).id)
}

const saveDraft = (id: string, data: Record<string, unknown>) =>
  call({ method: 'PATCH', path: `/api/skills/${id}`, token: editorToken, body: data })

const responseCount = async () =>
  Number(
    (await call({ path: '/api/assessment-responses?limit=1&depth=0', token: adminToken })).body.totalDocs,
  )

describe('the built app under parallel writes, a second writer and a crash', () => {
  beforeAll(async () => {
    app = await startApp({ env: { ASSESSMENT_SUBMIT_LIMIT: '10000' } })
    const logins = JSON.parse(fs.readFileSync(path.join(app.dataDir, 'demo-credentials.json'), 'utf8'))
    editorToken = await tokenFor(logins.editor)
    adminToken = await tokenFor(logins.admin)
  })
  afterAll(async () => {
    await app?.stop()
  })

  it('stores all of 50 simultaneous submissions', async () => {
    const before = await responseCount()
    const started = Date.now()
    const answers = await Promise.all(Array.from({ length: 50 }, submit))
    const elapsed = Date.now() - started

    expect(answers.map(({ status }) => status)).toEqual(Array(50).fill(201))
    expect(await responseCount()).toBe(before + 50)
    console.log(`50 simultaneous submissions: all stored, the last answered after ${elapsed} ms`)
  })

  it('makes submissions and editor saves wait while another process holds the write lock, none fails', async () => {
    const drafts = await Promise.all([1, 2, 3, 4, 5].map((n) => createDraft(`Lock Waiting Practice ${n}`)))
    const before = await responseCount()

    const lock = await holdWriteLock({ databaseFile: databaseFile(), holdMs: HOLD_MS })
    const timed = async (request: Promise<Answer>) => ({ ...(await request), answeredAt: Date.now() })
    const writes = [
      ...Array.from({ length: 10 }, () => timed(submit())),
      ...drafts.map((id, index) => timed(saveDraft(id, { summary: `Saved during the lock, ${index + 1}.` }))),
    ]
    const answers = await Promise.all(writes)
    await lock.released

    expect(answers.map(({ status }) => status)).toEqual([...Array(10).fill(201), ...Array(5).fill(200)])
    expect(await responseCount()).toBe(before + 10)
    const state = openStoredState(databaseFile())
    for (const [index, id] of drafts.entries()) {
      expect(await state.versionSummaries('skills', id)).toContain(`Saved during the lock, ${index + 1}.`)
    }
    state.close()

    const waits = answers.map(({ answeredAt }) => answeredAt - lock.lockedAt)
    console.log(
      `lock held ${HOLD_MS} ms by another process: 10 submissions and 5 saves answered ` +
        `${Math.min(...waits)}–${Math.max(...waits)} ms after it was taken, all 2xx`,
    )
  })

  it('keeps answering readers while writes wait for the lock', async () => {
    const lock = await holdWriteLock({ databaseFile: databaseFile(), holdMs: 3000 })
    const writes = [submit(), submit()]
    await new Promise((resolve) => setTimeout(resolve, 1000))
    const sent = Date.now()
    const read = await call({ path: '/api/careers?limit=1&depth=0' })
    const answeredAt = Date.now()
    const releasedAt = await lock.released

    expect(read.status).toBe(200)
    expect(answeredAt).toBeLessThan(releasedAt)
    expect((await Promise.all(writes)).map(({ status }) => status)).toEqual([201, 201])
    console.log(`a read sent while two writes waited for the lock answered in ${answeredAt - sent} ms`)
  })

  it('answers forgot-password with 200 and the reset link it logs sets a new password', async () => {
    const email = 'forgetful-editor@career-evidence.test'
    const created = await call({
      method: 'POST',
      path: '/api/users',
      token: adminToken,
      body: { email, password: 'first-password-forgotten', roles: ['editor'], name: 'Forgetful Editor' },
    })
    expect(created.status).toBe(201)

    const asked = await call({ method: 'POST', path: '/api/users/forgot-password', body: { email } })
    expect(asked.status).toBe(200)
    let token: string | undefined
    for (let tries = 0; !token && tries < 50; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 100))
      const logged = app.output().slice(app.output().lastIndexOf(`To: ${email}`))
      token = logged.match(/\/admin\/reset\/([0-9a-f]+)/)?.[1]
    }
    expect(token).toBeTruthy()

    const reset = await call({
      method: 'POST',
      path: '/api/users/reset-password',
      body: { token, password: 'second-password-from-the-link' },
    })
    expect(reset.status).toBe(200)
    const login = await call({
      method: 'POST',
      path: '/api/users/login',
      body: { email, password: 'second-password-from-the-link' },
    })
    expect(login.status).toBe(200)
  })

  it('after kill -9 during writes, restarts with a whole database and no write stored in part', async () => {
    const drafts = await Promise.all(
      Array.from({ length: 8 }, (_, n) => createDraft(`Crash Test Practice ${String.fromCharCode(65 + n)}`)),
    )
    const acknowledged: string[] = []
    const savedSummaries = new Map<string, string>()
    let crashed = false
    const submitting = async () => {
      while (!crashed) {
        const answer = await submit().catch(() => undefined)
        // Only an answer read whole acknowledges a result: the crash may cut one off after its status.
        if (answer?.status === 201 && typeof answer.body.id === 'string') acknowledged.push(answer.body.id)
      }
    }
    // Every other save also submits the draft for review; the saves between send it back to draft.
    const editing = async (id: string, worker: number) => {
      for (let n = 1; !crashed; n++) {
        const summary = `Crash test save ${n} of worker ${worker}.`
        const answer = await saveDraft(id, n % 2 ? { summary } : { summary, stage: 'in-review' }).catch(
          () => undefined,
        )
        if (answer?.status === 200) savedSummaries.set(id, summary)
      }
    }
    const load = [
      ...Array.from({ length: 4 }, submitting),
      ...drafts.map((id, worker) => editing(id, worker)),
    ]
    await new Promise((resolve) => setTimeout(resolve, 2500))
    await app.crash()
    crashed = true
    await Promise.all(load)
    expect(acknowledged.length).toBeGreaterThan(0)

    app = await startApp({ dataDir: app.dataDir, env: { ASSESSMENT_SUBMIT_LIMIT: '10000' } })
    const state = openStoredState(databaseFile())
    try {
      expect(await state.integrity()).toEqual(['ok'])
      expect(await state.missingResponses(acknowledged)).toEqual([])
      expect(await state.responsesMissingResults()).toEqual([])
      expect(await state.documentsWithoutOneLatestVersion('skills')).toEqual([])
      for (const [id, summary] of savedSummaries) {
        expect(await state.versionSummaries('skills', id)).toContain(summary)
      }
      expect(await state.auditMismatches({ table: 'skills', ids: drafts })).toEqual([])
    } finally {
      state.close()
    }
    console.log(
      `kill -9 after 2.5 s of writes: ${acknowledged.length} acknowledged submissions and ` +
        `${savedSummaries.size} acknowledged saves all found after the restart; integrity_check ok`,
    )
    expect((await submit()).status).toBe(201)
  })
})
