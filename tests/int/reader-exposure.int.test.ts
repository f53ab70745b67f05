import type { Field, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { makeFixtures } from '../helpers/fixtures'
import { staffSession } from '../helpers/staffSession'
import { startTestPayload, stopTestPayload } from '../helpers/testPayload'

let payload: Payload
let session: Awaited<ReturnType<typeof staffSession>>
let make: ReturnType<typeof makeFixtures>

type Named = { name?: string; type: string; fields?: Field[]; tabs?: { name?: string; fields: Field[] }[] }

/** Every path, through groups, arrays, rows and tabs, of a relationship that points at user accounts. */
const pathsIntoUsers = (fields: Field[], prefix = ''): string[] =>
  (fields as Named[]).flatMap((field) => {
    const here = field.name ? `${prefix}${field.name}` : prefix.replace(/\.$/, '')
    const below = (children: Field[], name?: string) =>
      pathsIntoUsers(children, name ? `${prefix}${name}.` : prefix)
    if (field.type === 'relationship' && (field as { relationTo?: unknown }).relationTo === 'users') {
      return [here]
    }
    if (field.type === 'tabs') return (field.tabs ?? []).flatMap((tab) => below(tab.fields, tab.name))
    if (field.fields) return below(field.fields, field.name)
    return []
  })

/** The session id a signed-in reviewer holds: what an oracle would try to guess. */
const sessionIdOf = async (userId: string) => {
  const account = await payload.findByID({ collection: 'users', id: userId, showHiddenFields: true })
  return (account as unknown as { sessions: { id: string }[] }).sessions[0].id
}

describe('what anonymous readers can see and query', () => {
  beforeAll(async () => {
    payload = await startTestPayload('reader-exposure')
    session = await staffSession(payload)
    make = makeFixtures(payload)
  })
  afterAll(() => stopTestPayload(payload))

  it("cannot read the workflow's bookkeeping or who checked a source, over REST or GraphQL", async () => {
    const source = await make.source('published')
    await payload.update({
      collection: 'sources',
      id: source.id,
      data: { verification: { status: 'verified' }, reviewNote: 'Internal: the DOI resolves.' },
      user: session.users.reviewer,
    })

    const rest = await session.api.rest({ path: `/sources/${source.id}` })
    expect(rest.status).toBe(200)
    expect(rest.body).toMatchObject({ verification: { status: 'verified' } })
    for (const hidden of ['stage', 'reviewNote', 'changedBy']) expect(rest.body).not.toHaveProperty(hidden)
    expect(rest.body.verification).not.toHaveProperty('checkedBy')

    const query = `{ Source(id: "${source.id}") { title stage reviewNote verification { status checkedBy { id } } } }`
    const anonymous = await session.api.graphql({ query })
    expect((anonymous.body.data as { Source: unknown }).Source).toMatchObject({
      stage: null,
      reviewNote: null,
      verification: { status: 'verified', checkedBy: null },
    })

    const staff = await session.api.graphql({ query, token: session.tokens.editor })
    expect((staff.body.data as { Source: unknown }).Source).toMatchObject({
      stage: 'published',
      reviewNote: 'Internal: the DOI resolves.',
      verification: { checkedBy: { id: session.users.reviewer.id } },
    })
  })

  it('refuses any anonymous query that reaches into staff accounts, on every collection', async () => {
    const source = await make.source('published')
    await payload.update({
      collection: 'sources',
      id: source.id,
      data: { verification: { status: 'verified' } },
      user: session.users.reviewer,
    })
    const sessionId = await sessionIdOf(session.users.reviewer.id)

    const probes = payload.config.collections.flatMap((collection) =>
      pathsIntoUsers(collection.fields).map((path) => ({ slug: collection.slug, path })),
    )
    expect(probes).toContainEqual({ slug: 'sources', path: 'verification.checkedBy' })
    expect(probes).toContainEqual({ slug: 'skills', path: 'changedBy' })

    for (const { slug, path } of probes) {
      for (const where of [
        `where[${path}.sessions.id][equals]=${sessionId}`,
        `where[${path}][equals]=${session.users.reviewer.id}`,
        `where[${path}.email][like]=reviewer`,
      ]) {
        const response = await session.api.rest({ path: `/${slug}?${where}&depth=0` })
        expect(response.status, `${slug}?${where}`).toBeGreaterThanOrEqual(400)
        expect(response.status, `${slug}?${where}`).toBeLessThan(500)
      }
    }

    const graphql = await session.api.graphql({
      query: `{ Sources(where: { verification__checkedBy: { equals: "${session.users.reviewer.id}" } }) { totalDocs } }`,
    })
    expect(JSON.stringify(graphql.body.errors)).toContain('cannot be queried')
  })

  it('answers an editor the same way whether or not a session id exists', async () => {
    const sessionId = await sessionIdOf(session.users.reviewer.id)
    const ask = (id: string) =>
      session.api.rest({
        path: `/sources?where[verification.checkedBy.sessions.id][equals]=${id}&depth=0`,
        token: session.tokens.editor,
      })
    const [real, made] = [await ask(sessionId), await ask('00000000-0000-4000-8000-000000000000')]
    expect(real.status).toBe(made.status)
    expect(real.body.totalDocs).toBe(made.body.totalDocs)
  })
})
