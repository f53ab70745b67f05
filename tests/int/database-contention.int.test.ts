import crypto from 'node:crypto'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { workInterests } from '../../seed/assessments/workInterests'
import { seedDemoContent } from '../../seed/index'
import { makeFixtures } from '../helpers/fixtures'
import { databaseFileOf, holdWriteLock } from '../helpers/lockHolder'
import { staffSession } from '../helpers/staffSession'
import { submitClient } from '../helpers/submitClient'
import { startTestPayload, stopTestPayload } from '../helpers/testPayload'

const HOLD_MS = 1500
const SLUG = workInterests.slug

let payload: Payload
let session: Awaited<ReturnType<typeof staffSession>>
let submit: Awaited<ReturnType<typeof submitClient>>

const submission = () =>
  JSON.stringify({
    answers: Object.fromEntries(workInterests.items.map((item) => [item.key, 3])),
    idempotencyKey: crypto.randomUUID(),
  })

/** Runs a request and notes when it answered. */
const timed = async <T>(request: Promise<T>) => {
  const result = await request
  return { result, answeredAt: Date.now() }
}

describe('writes while another process holds the SQLite write lock', () => {
  beforeAll(async () => {
    payload = await startTestPayload('contention')
    await seedDemoContent({ payload })
    session = await staffSession(payload)
    submit = await submitClient()
  })
  afterAll(() => stopTestPayload(payload))

  it('makes submissions and editor saves wait for the lock and stores every one', async () => {
    const make = makeFixtures(payload)
    const drafts = await Promise.all(Array.from({ length: 5 }, () => make.skill('draft')))
    const responsesBefore = (await payload.count({ collection: 'assessment-responses' })).totalDocs

    const lock = await holdWriteLock({
      databaseFile: databaseFileOf(process.env.DATABASE_URI!),
      holdMs: HOLD_MS,
    })
    const submissions = Array.from({ length: 10 }, () => timed(submit({ slug: SLUG, body: submission() })))
    const saves = drafts.map((draft, index) =>
      timed(
        session.api.rest({
          method: 'PATCH',
          path: `/skills/${draft.id}`,
          token: session.tokens.editor,
          body: { summary: `Saved while another process held the lock, number ${index + 1}.` },
        }),
      ),
    )
    const submitted = await Promise.all(submissions)
    const saved = await Promise.all(saves)
    await lock.released

    expect(submitted.map(({ result }) => result.status)).toEqual(Array(10).fill(201))
    expect(saved.map(({ result }) => result.status)).toEqual(Array(5).fill(200))
    for (const { answeredAt } of [...submitted, ...saved]) {
      expect(answeredAt).toBeGreaterThanOrEqual(lock.lockedAt + HOLD_MS - 10)
    }

    expect((await payload.count({ collection: 'assessment-responses' })).totalDocs).toBe(responsesBefore + 10)
    for (const [index, draft] of drafts.entries()) {
      const latest = await payload.findByID({ collection: 'skills', id: draft.id, draft: true, depth: 0 })
      expect(latest.summary).toBe(`Saved while another process held the lock, number ${index + 1}.`)
    }

    const waits = [...submitted, ...saved].map(({ answeredAt }) => answeredAt - lock.lockedAt)
    console.log(
      `held ${HOLD_MS} ms: 10 submissions and 5 saves answered ${Math.min(...waits)}–${Math.max(...waits)} ms ` +
        'after the other process took the lock',
    )
  })

  it('keeps answering readers while writes wait for the lock: the wait does not hold the event loop', async () => {
    const lock = await holdWriteLock({
      databaseFile: databaseFileOf(process.env.DATABASE_URI!),
      holdMs: 3000,
    })
    const writes = [submit({ slug: SLUG, body: submission() }), submit({ slug: SLUG, body: submission() })]
    await new Promise((resolve) => setTimeout(resolve, 1000))
    const read = await timed(session.api.rest({ path: '/careers?limit=1&depth=0' }))
    const releasedAt = await lock.released

    expect(read.result.status).toBe(200)
    expect(read.answeredAt).toBeLessThan(releasedAt)
    expect((await Promise.all(writes)).map(({ status }) => status)).toEqual([201, 201])
  })

  it('refuses a write that waited the whole timeout with 503, in words, and stores nothing', async () => {
    const responsesBefore = (await payload.count({ collection: 'assessment-responses' })).totalDocs
    const lock = await holdWriteLock({
      databaseFile: databaseFileOf(process.env.DATABASE_URI!),
      holdMs: 7000,
    })
    const answer = await submit({ slug: SLUG, body: submission() })
    await lock.released

    expect(answer.status).toBe(503)
    expect(answer.headers.get('retry-after')).toBe('5')
    expect(JSON.stringify(answer.body)).toContain(
      'The database is busy with another write. Nothing was saved',
    )
    expect((await payload.count({ collection: 'assessment-responses' })).totalDocs).toBe(responsesBefore)
  })
})
