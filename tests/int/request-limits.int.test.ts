import crypto from 'node:crypto'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { REQUEST_LIMITS } from '../../plugins/request-limits'
import { seedDemoContent } from '../../seed/index'
import { workInterests } from '../../seed/assessments/workInterests'
import { routeClient } from '../helpers/routeClient'
import { startTestPayload, stopTestPayload } from '../helpers/testPayload'

let payload: Payload
let send: Awaited<ReturnType<typeof routeClient>>

type Answer = { status: number; text: string; json: () => Record<string, unknown> }

const call = async (path: string, init: RequestInit = {}): Promise<Answer> => {
  const response = await send(new Request(`http://localhost${path}`, init))
  const text = await response.text()
  return { status: response.status, text, json: () => JSON.parse(text) as Record<string, unknown> }
}

const graphql = (query: string, variables?: unknown) =>
  call('/api/graphql', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  })

const readByPost = (collection: string, form: string) =>
  call(`/api/${collection}`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/x-www-form-urlencoded',
      'X-Payload-HTTP-Method-Override': 'GET',
    },
    body: form,
  })

const errorMessage = (answer: Answer) => (answer.json().errors as { message: string }[])[0].message

const nested = (field: string, leaf: string, levels: number) =>
  Array.from({ length: levels }).reduce<string>((inner) => `${field} { ${leaf} ${inner} }`, leaf)

const manyValues = (count: number) => Array.from({ length: count }, (_, i) => `v${i}`)

describe('request limits: no single request can stall the server', () => {
  beforeAll(async () => {
    payload = await startTestPayload('request-limits')
    await seedDemoContent({ payload })
    send = await routeClient()
  })
  afterAll(() => stopTestPayload(payload))

  it('refuses depth=10&limit=100 with a 400 that names the depth limit', async () => {
    const answer = await call('/api/careers?depth=10&limit=100')
    expect(answer.status).toBe(400)
    expect(errorMessage(answer)).toBe(`depth is a whole number from 0 to ${REQUEST_LIMITS.maxDepth}.`)
  })

  it('serves the largest read allowed with every relationship populated once, never again inside', async () => {
    const answer = await call(
      `/api/careers?depth=${REQUEST_LIMITS.maxDepth}&limit=${REQUEST_LIMITS.maxLimit}`,
    )
    expect(answer.status).toBe(200)
    const [career] = answer.json().docs as {
      relatedCareers: { relatedCareers: unknown[]; skillClusters: { skills: unknown[] }[] }[]
      skillClusters: { skills: { adjacentSkills: unknown[] }[] }[]
    }[]
    expect(typeof career.relatedCareers[0]).toBe('object')
    expect(typeof career.relatedCareers[0].relatedCareers[0]).toBe('string')
    expect(typeof career.relatedCareers[0].skillClusters[0].skills[0]).toBe('string')
    expect(typeof career.skillClusters[0].skills[0].adjacentSkills[0]).toBe('string')
    // Before the limits, depth 3 of the same six careers was already over 1 MB and grew threefold a level.
    expect(answer.text.length).toBeLessThan(250_000)
  })

  it.each([
    ['limit=0', 'limit is a whole number from 1 to 100.'],
    ['limit=-5', 'limit is a whole number from 1 to 100.'],
    ['limit=100000', 'limit is a whole number from 1 to 100.'],
    ['page=99999999999999999999', 'page is a whole number from 1 to 100000.'],
    [
      'pagination=false',
      'Results come in pages of at most 100; follow page=2, 3… instead of pagination=false.',
    ],
    [
      'where[createdAt][greater_than]=not-a-date',
      'where[createdAt][greater_than] must be a date, such as 2026-01-31.',
    ],
    ['where[slug][equals][a]=1', 'where[slug][equals] takes one plain value.'],
  ])('refuses ?%s over REST with a 400 that says why', async (query, message) => {
    const answer = await call(`/api/skills?${query}`)
    expect(answer.status).toBe(400)
    expect(errorMessage(answer)).toBe(message)
  })

  it('refuses a where with 40,000 values over REST, sent in the URL body as the admin does', async () => {
    const answer = await readByPost('careers', `where[slug][in]=${manyValues(40_000).join(',')}`)
    expect(answer.status).toBe(400)
    expect(errorMessage(answer)).toBe('where[slug][in] lists 40000 values; at most 1000 are allowed.')
  })

  it('refuses a where with 40,000 values over GraphQL, and lists of over 1,000 values in any form', async () => {
    const huge = await graphql(
      'query($slugs: [String]) { Careers(where: { slug: { in: $slugs } }) { docs { title } } }',
      { slugs: manyValues(40_000) },
    )
    expect(huge.status).toBe(413)
    expect(errorMessage(huge)).toBe('The request is larger than 102400 bytes.')

    const variable = await graphql(
      'query($slugs: [String]) { Careers(where: { slug: { in: $slugs } }) { docs { title } } }',
      { slugs: manyValues(1_500) },
    )
    expect(variable.status).toBe(400)
    expect(errorMessage(variable)).toBe(
      'A list in the variables holds 1500 values; at most 1000 are allowed.',
    )

    const literal = await graphql(
      `{ Careers(where: { slug: { in: [${manyValues(1_500)
        .map((value) => `"${value}"`)
        .join(',')}] } }) { docs { title } } }`,
    )
    expect(literal.status).toBe(400)
    expect(errorMessage(literal)).toBe('A list in the query holds 1500 values; at most 1000 are allowed.')
  })

  it('refuses eight nested GraphQL lists with a 400 that says why', async () => {
    const answer = await graphql(
      `{ Careers(limit: 100) { docs { ${nested('relatedCareers', 'title', 8)} } } }`,
    )
    expect(answer.status).toBe(400)
    expect(errorMessage(answer)).toBe('The query nests 11 levels deep; at most 10 are allowed.')
  })

  it('answers a page of 100 careers with clusters and skills over GraphQL, and refuses one more list level', async () => {
    const answer = await graphql(
      '{ Careers(limit: 100) { totalDocs docs { title skillClusters { label skills { name adjacentSkills { name } } } } } }',
    )
    expect(answer.status).toBe(400)
    expect(errorMessage(answer)).toMatch(
      /^The answer would hold about \d+ fields; at most 50000 are allowed\./,
    )
    const shallower = await graphql(
      '{ Careers(limit: 100) { totalDocs docs { title skillClusters { label skills { name slug } } } } }',
    )
    expect(shallower.status).toBe(200)
    const data = shallower.json().data as {
      Careers: { totalDocs: number; docs: { skillClusters: unknown[] }[] }
    }
    expect(data.Careers.docs).toHaveLength(data.Careers.totalDocs)
    expect(data.Careers.docs[0].skillClusters.length).toBeGreaterThan(0)
  })

  it.each([
    ['a syntax error', '{ Careers { docs { title ', 'Syntax Error: Expected Name, found <EOF>.'],
    [
      'a fragment that spreads itself',
      '{ ...A } fragment A on Query { ...A }',
      'The fragment "A" spreads itself; fragments may not form a cycle.',
    ],
    [
      'a fragment cycle through relationships',
      '{ Careers { docs { ...C } } } fragment C on Career { relatedCareers { ...C } }',
      'The fragment "C" spreads itself; fragments may not form a cycle.',
    ],
    ['an unknown field', '{ Careers { docs { nope } } }', 'Cannot query field "nope" on type "Career".'],
    [
      'pagination: false',
      '{ Careers(pagination: false) { docs { title } } }',
      'Results come in pages of at most 100; ask for page 2, 3… instead of pagination: false.',
    ],
    ['limit: 0', '{ Careers(limit: 0) { docs { title } } }', 'limit is a whole number from 1 to 100.'],
  ])('answers a GraphQL query with %s with a 400 that says why', async (_label, query, message) => {
    const answer = await graphql(query)
    expect(answer.status).toBe(400)
    expect(errorMessage(answer)).toBe(message)
  })

  it('refuses an exponential fragment chain at once, without expanding it', async () => {
    const chain = Array.from({ length: 60 }, (_, i) =>
      i === 59
        ? `fragment F${i} on Query { Careers { totalDocs } }`
        : `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`,
    ).join(' ')
    const started = performance.now()
    const answer = await graphql(`
      {
        ...F0
      }
      ${chain}
    `)
    expect(answer.status).toBe(400)
    expect(errorMessage(answer)).toMatch(/^The query asks for \d+ fields once its fragments are expanded/)
    expect(performance.now() - started).toBeLessThan(1_000)
  })

  it('tells whoever calls the e-mail verification route that there is nothing to verify', async () => {
    const answer = await call('/api/users/verify/x', { method: 'POST' })
    expect(answer.status).toBe(404)
    expect(errorMessage(answer)).toBe(
      'Accounts here are created by an admin and need no e-mail verification; sign in instead.',
    )
  })

  it.each([
    ['arrays nested 8,150 deep', `{"answers":${'['.repeat(8_150)}${']'.repeat(8_150)}}`],
    ['objects nested 2,600 deep', `{"answers":${'{"a":'.repeat(2_600)}1${'}'.repeat(2_600)}}`],
  ])('refuses a submission with %s with a 400 naming the body, and stores nothing', async (_label, body) => {
    expect(body.length).toBeLessThan(16 * 1024)
    const before = await payload.count({ collection: 'assessment-responses' })
    const answer = await call(`/api/assessments/${workInterests.slug}/submit`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': `10.1.${crypto.randomInt(255)}.1` },
      body,
    })
    expect(answer.status).toBe(400)
    expect(answer.json()).toMatchObject({ error: 'The body nests deeper than 4 levels.' })
    expect(await payload.count({ collection: 'assessment-responses' })).toEqual(before)
  })

  it("still answers the admin's relationship-field search, sent as a POST read", async () => {
    const { docs } = await payload.find({ collection: 'skills', limit: 3, depth: 0 })
    const form = new URLSearchParams({
      depth: '0',
      draft: 'true',
      limit: '10',
      page: '1',
      'select[name]': 'true',
      sort: 'name',
      'where[and][0][id][not_in][0]': String(docs[0].id),
      'where[and][0][id][not_in][1]': String(docs[1].id),
      'where[and][1][name][like]': 'a',
    })
    const answer = await readByPost('skills', form.toString())
    expect(answer.status).toBe(200)
    expect((answer.json().docs as unknown[]).length).toBeGreaterThan(0)
  })
})
