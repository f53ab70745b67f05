import crypto from 'node:crypto'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seedDemoContent } from '../../seed/index'
import { workInterests } from '../../seed/assessments/workInterests'
import { submitClient } from '../helpers/submitClient'
import { startTestPayload, stopTestPayload } from '../helpers/testPayload'

let payload: Payload
let submit: Awaited<ReturnType<typeof submitClient>>
const SLUG = workInterests.slug

const fullAnswers = (value = 4): Record<string, unknown> =>
  Object.fromEntries(workInterests.items.map((item) => [item.key, value]))

const body = (overrides: Record<string, unknown> = {}) =>
  JSON.stringify({ answers: fullAnswers(), idempotencyKey: crypto.randomUUID(), ...overrides })

const responseCount = async () => (await payload.count({ collection: 'assessment-responses' })).totalDocs

describe('POST /api/assessments/:slug/submit', () => {
  beforeAll(async () => {
    payload = await startTestPayload('assessment-submit')
    await seedDemoContent({ payload })
    submit = await submitClient()
  })
  afterAll(() => stopTestPayload(payload))

  it('scores a complete answer set on the server and answers 201 with the result URL', async () => {
    const before = await responseCount()
    const { status, body: answer } = await submit({ slug: SLUG, body: body() })
    expect(status).toBe(201)
    expect(answer.resultUrl).toBe(`/assessments/${SLUG}/results/${answer.id}`)
    expect(await responseCount()).toBe(before + 1)
  })

  it('stores one response for the same idempotency key sent twice', async () => {
    const before = await responseCount()
    const repeated = body()
    const first = await submit({ slug: SLUG, body: repeated })
    const second = await submit({ slug: SLUG, body: repeated })
    expect([first.status, second.status]).toEqual([201, 201])
    expect(second.body.id).toBe(first.body.id)
    expect(await responseCount()).toBe(before + 1)
  })

  it('refuses the same idempotency key with different answers with a 409, never the first result', async () => {
    const idempotencyKey = crypto.randomUUID()
    const first = await submit({ slug: SLUG, body: body({ idempotencyKey, answers: fullAnswers(4) }) })
    const before = await responseCount()
    const other = await submit({ slug: SLUG, body: body({ idempotencyKey, answers: fullAnswers(2) }) })
    expect(first.status).toBe(201)
    expect(other.status).toBe(409)
    expect(other.body).toMatchObject({ field: 'idempotencyKey' })
    expect(other.body.error).toContain('already used with different answers')
    expect(JSON.stringify(other.body)).not.toContain(String(first.body.id))
    expect(await responseCount()).toBe(before)

    const replayed = await submit({ slug: SLUG, body: body({ idempotencyKey, answers: fullAnswers(4) }) })
    expect(replayed.status).toBe(201)
    expect(replayed.body.id).toBe(first.body.id)
  })

  it('replays a response stored before answer hashes were kept only for the same answers', async () => {
    const idempotencyKey = crypto.randomUUID()
    const first = await submit({ slug: SLUG, body: body({ idempotencyKey, answers: fullAnswers(3) }) })
    await payload.update({
      collection: 'assessment-responses',
      where: { idempotencyKey: { equals: idempotencyKey } },
      data: { answersHash: null },
    })
    const same = await submit({ slug: SLUG, body: body({ idempotencyKey, answers: fullAnswers(3) }) })
    const other = await submit({ slug: SLUG, body: body({ idempotencyKey, answers: fullAnswers(5) }) })
    expect(same.body.id).toBe(first.body.id)
    expect(other.status).toBe(409)
  })

  it('recomputes reliability from the stored responses, with n and time', async () => {
    const before = await payload.find({
      collection: 'assessments',
      where: { slug: { equals: SLUG } },
      depth: 0,
    })
    const reliabilityBefore = before.docs[0].reliability as {
      computedAt: string
      dimensions: { n: number }[]
    }
    await submit({ slug: SLUG, body: body() })
    const after = await payload.find({
      collection: 'assessments',
      where: { slug: { equals: SLUG } },
      depth: 0,
    })
    const reliability = after.docs[0].reliability as {
      computedAt: string
      dimensions: { n: number; alpha: number }[]
    }
    expect(reliability.dimensions[0].n).toBe(reliabilityBefore.dimensions[0].n + 1)
    expect(reliability.computedAt >= reliabilityBefore.computedAt).toBe(true)
    expect(reliability.dimensions.every((entry) => entry.alpha > 0.5 && entry.alpha < 1)).toBe(true)
  })

  it('answers 429 to a burst from one client', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 14; i++)
      statuses.push((await submit({ slug: SLUG, body: '{', ip: '192.0.2.7' })).status)
    expect(statuses.slice(0, 10).every((status) => status === 400)).toBe(true)
    expect(statuses.at(-1)).toBe(429)
  })

  it('answers 404 for an assessment that does not exist, writing nothing', async () => {
    const before = await responseCount()
    expect((await submit({ slug: 'no-such-assessment', body: body() })).status).toBe(404)
    expect(await responseCount()).toBe(before)
  })

  type BadCase = {
    name: string
    status: number
    field: string
    send: () => { body: string; contentType?: string }
  }
  const missingOne = () => {
    const answers = fullAnswers()
    delete answers.r3
    return answers
  }
  const corpus: BadCase[] = [
    {
      name: 'a body over 16 KB',
      status: 413,
      field: 'body',
      send: () => ({ body: body({ padding: 'x'.repeat(17 * 1024) }) }),
    },
    { name: 'malformed JSON', status: 400, field: 'body', send: () => ({ body: '{"answers": {' }) },
    { name: 'a JSON array', status: 400, field: 'body', send: () => ({ body: '[]' }) },
    {
      name: 'a form content type',
      status: 400,
      field: 'content-type',
      send: () => ({ body: body(), contentType: 'application/x-www-form-urlencoded' }),
    },
    {
      name: 'text/plain',
      status: 400,
      field: 'content-type',
      send: () => ({ body: body(), contentType: 'text/plain' }),
    },
    {
      name: 'an unknown item',
      status: 400,
      field: 'answers.zz9',
      send: () => ({ body: body({ answers: { ...fullAnswers(), zz9: 3 } }) }),
    },
    {
      name: 'a missing item',
      status: 400,
      field: 'answers.r3',
      send: () => ({ body: body({ answers: missingOne() }) }),
    },
    {
      name: 'a value above the scale',
      status: 400,
      field: 'answers.i1',
      send: () => ({ body: body({ answers: { ...fullAnswers(), i1: 6 } }) }),
    },
    {
      name: 'a value below the scale',
      status: 400,
      field: 'answers.a2',
      send: () => ({ body: body({ answers: { ...fullAnswers(), a2: 0 } }) }),
    },
    {
      name: 'a fractional value',
      status: 400,
      field: 'answers.s1',
      send: () => ({ body: body({ answers: { ...fullAnswers(), s1: 2.5 } }) }),
    },
    {
      name: 'a string value',
      status: 400,
      field: 'answers.e1',
      send: () => ({ body: body({ answers: { ...fullAnswers(), e1: '4' } }) }),
    },
    {
      name: 'an unknown top-level field',
      status: 400,
      field: 'isAdmin',
      send: () => ({ body: body({ isAdmin: true }) }),
    },
    {
      name: 'a missing idempotency key',
      status: 400,
      field: 'idempotencyKey',
      send: () => ({ body: JSON.stringify({ answers: fullAnswers() }) }),
    },
    {
      name: 'an idempotency key that is not a UUID',
      status: 400,
      field: 'idempotencyKey',
      send: () => ({ body: body({ idempotencyKey: 'abc' }) }),
    },
    {
      name: 'a __proto__ key at the top',
      status: 400,
      field: '__proto__',
      send: () => ({
        body: `{"__proto__": {"polluted": true}, "answers": ${JSON.stringify(fullAnswers())}, "idempotencyKey": "${crypto.randomUUID()}"}`,
      }),
    },
    {
      name: 'a __proto__ key inside answers',
      status: 400,
      field: 'answers.__proto__',
      send: () => ({
        body: `{"answers": {"__proto__": {"polluted": true}}, "idempotencyKey": "${crypto.randomUUID()}"}`,
      }),
    },
    {
      name: 'a constructor key',
      status: 400,
      field: 'answers.constructor',
      send: () => ({ body: body({ answers: { ...fullAnswers(), constructor: { prototype: {} } } }) }),
    },
    {
      name: 'a retake of a result that does not exist',
      status: 400,
      field: 'retakeOf',
      send: () => ({ body: body({ retakeOf: 'A'.repeat(24) }) }),
    },
  ]

  it.each(corpus)(
    'refuses $name with $status naming $field, and writes nothing',
    async ({ status, field, send }) => {
      const before = await responseCount()
      const { body: sent, contentType } = send()
      const answer = await submit({ slug: SLUG, body: sent, contentType })
      expect(answer.status).toBe(status)
      expect(answer.body.field).toBe(field)
      expect(await responseCount()).toBe(before)
      expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    },
  )
})
