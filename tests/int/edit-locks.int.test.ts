import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { makeFixtures } from '../helpers/fixtures'
import { staffSession } from '../helpers/staffSession'
import { startTestPayload, stopTestPayload } from '../helpers/testPayload'

let payload: Payload
let session: Awaited<ReturnType<typeof staffSession>>
let make: ReturnType<typeof makeFixtures>

/** The lock Payload's admin leaves on a document while someone's edit form is open. */
const lockBy = async ({ id, userId, ageSeconds }: { id: string; userId: string; ageSeconds: number }) => {
  const lock = await payload.create({
    collection: 'payload-locked-documents',
    data: { document: { relationTo: 'skills', value: id }, user: { relationTo: 'users', value: userId } },
  })
  const touchedAt = new Date(Date.now() - ageSeconds * 1000).toISOString()
  await payload.db.updateOne({
    collection: 'payload-locked-documents',
    id: lock.id,
    data: { updatedAt: touchedAt },
  })
}

const save = (id: string, token: string, body: Record<string, unknown>) =>
  session.api.rest({ method: 'PATCH', path: `/skills/${id}`, token, body })

describe('edit locks and concurrent saves', () => {
  beforeAll(async () => {
    payload = await startTestPayload('edit-locks')
    session = await staffSession(payload)
    make = makeFixtures(payload)
  })
  afterAll(() => stopTestPayload(payload))

  it('a lock left behind by a closed tab stops blocking others after two minutes', async () => {
    const fresh = await make.skill('draft', 'Freshly Locked')
    await lockBy({ id: fresh.id, userId: session.users.editor.id, ageSeconds: 10 })
    const blocked = await save(fresh.id, session.tokens.reviewer, { summary: 'The reviewer fixes it.' })
    expect(blocked.status).toBe(423)
    expect(JSON.stringify(blocked.body)).toContain('locked by another user')

    const stale = await make.skill('draft', 'Left Locked')
    await lockBy({ id: stale.id, userId: session.users.editor.id, ageSeconds: 150 })
    const through = await save(stale.id, session.tokens.reviewer, { summary: 'The reviewer fixes it.' })
    expect(through.status).toBe(200)
    const newest = await payload.findByID({ collection: 'skills', id: stale.id, draft: true })
    expect(newest.summary).toBe('The reviewer fixes it.')
  })

  it('refuses a save based on an older version with 409, in words, and keeps the newer one', async () => {
    const skill = await make.skill('draft', 'Edited Twice')
    const opened = await session.api.rest({
      path: `/skills/${skill.id}?draft=true`,
      token: session.tokens.editor,
    })
    const loadedAt = String(opened.body.updatedAt)

    const first = await save(skill.id, session.tokens.reviewer, {
      summary: 'The reviewer saved first.',
      updatedAt: loadedAt,
    })
    expect(first.status).toBe(200)

    const late = await save(skill.id, session.tokens.editor, {
      summary: 'The editor saved later.',
      updatedAt: loadedAt,
    })
    expect(late.status).toBe(409)
    expect(JSON.stringify(late.body)).toContain('Nothing was saved. Reload the page to see their changes')
    const graphql = await session.api.graphql({
      query: `mutation { updateSkill(id: "${skill.id}", data: { summary: "Via GraphQL.", updatedAt: "${loadedAt}" }) { id } }`,
      token: session.tokens.editor,
    })
    expect(JSON.stringify(graphql.body.errors)).toContain('Nothing was saved')
    await expect(
      payload.update({
        collection: 'skills',
        id: skill.id,
        data: { summary: 'Via the Local API.', updatedAt: loadedAt },
        overrideAccess: false,
        user: session.users.editor,
      }),
    ).rejects.toMatchObject({ status: 409 })
    expect((await payload.findByID({ collection: 'skills', id: skill.id, draft: true })).summary).toBe(
      'The reviewer saved first.',
    )

    const reloaded = await session.api.rest({
      path: `/skills/${skill.id}?draft=true`,
      token: session.tokens.editor,
    })
    const retry = await save(skill.id, session.tokens.editor, {
      summary: 'The editor saved after reloading.',
      updatedAt: reloaded.body.updatedAt,
    })
    expect(retry.status).toBe(200)
  })
})
