import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { buildConfig, getPayload, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { editorialWorkflow } from '../../plugins/editorial-workflow'

type Person = { id: string; email: string; team?: string | null }

let payload: Payload
const people = {} as Record<'writer' | 'checker' | 'otherChecker', Person>

/**
 * The plugin on its own, in a config that shares nothing with the app: a `notes` collection, people
 * whose capacity comes from a `team` field, and a readiness rule of this test's making. It learns
 * everything from its options. Its slugs are not the app's generated ones, hence the `as never` casts.
 */
const pluginConfig = (dbFile: string) =>
  buildConfig({
    secret: 'plugin-test-secret',
    telemetry: false,
    admin: { user: 'people' },
    db: sqliteAdapter({ client: { url: `file:${dbFile}` }, idType: 'uuid', push: true }),
    collections: [
      {
        slug: 'people',
        auth: true,
        access: { read: () => true },
        fields: [{ name: 'team', type: 'select', options: ['writers', 'checkers'] }],
      },
      {
        slug: 'notes',
        versions: { drafts: true },
        access: { read: () => true, create: () => true, update: () => true },
        fields: [{ name: 'body', type: 'text' }],
      },
    ],
    plugins: [
      editorialWorkflow({
        collections: ['notes' as never],
        usersSlug: 'people' as never,
        auditLogSlug: 'note-history',
        isEditor: (user) => (user as Person | null | undefined)?.team === 'writers',
        isReviewer: (user) => (user as Person | null | undefined)?.team === 'checkers',
        checkReadiness: async ({ data }) =>
          typeof data.body === 'string' && data.body.length >= 10
            ? { ready: true, issues: [] }
            : { ready: false, issues: [{ path: 'body', message: 'A note needs ten characters.' }] },
      }),
    ],
  })

const as = (person: Person) => ({ overrideAccess: false, user: person }) as const

describe('editorialWorkflow plugin in a config of its own', () => {
  beforeAll(async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'workflow-plugin-'))
    payload = await getPayload({ config: pluginConfig(path.join(folder, 'plugin.db')) })
    for (const [key, team] of [
      ['writer', 'writers'],
      ['checker', 'checkers'],
      ['otherChecker', 'checkers'],
    ] as const) {
      people[key] = (await payload.create({
        collection: 'people' as never,
        data: { email: `${key}@plugin.test`, password: 'plugin-test-password', team } as never,
      })) as unknown as Person
    }
  })
  afterAll(() => payload?.destroy())

  it('adds its audit collection under the slug it is given', () => {
    expect(payload.collections['note-history' as never]).toBeDefined()
  })

  it('refuses to submit a note that fails the readiness rule it was given', async () => {
    const note = await payload.create({
      collection: 'notes' as never,
      data: { body: 'short' } as never,
      ...as(people.writer),
    })
    await expect(
      payload.update({
        collection: 'notes' as never,
        id: (note as { id: string }).id,
        data: { stage: 'in-review' } as never,
        ...as(people.writer),
      }),
    ).rejects.toThrow('A note needs ten characters.')
  })

  it('runs a note through review with the capacities it was given, four-eyes included', async () => {
    const note = (await payload.create({
      collection: 'notes' as never,
      data: { body: 'A note long enough to submit.' } as never,
      ...as(people.writer),
    })) as { id: string }
    const move = (person: Person, data: Record<string, unknown>) =>
      payload.update({ collection: 'notes' as never, id: note.id, data: data as never, ...as(person) })

    await move(people.writer, { stage: 'in-review' })
    await expect(move(people.writer, { stage: 'approved' })).rejects.toMatchObject({ status: 403 })
    await move(people.checker, { stage: 'approved' })
    await expect(move(people.writer, { _status: 'published' })).rejects.toMatchObject({ status: 403 })
    await move(people.otherChecker, { _status: 'published' })

    const live = (await payload.findByID({ collection: 'notes' as never, id: note.id })) as {
      stage: string
      _status: string
    }
    expect(live).toMatchObject({ stage: 'published', _status: 'published' })
    const history = await payload.find({
      collection: 'note-history' as never,
      where: { documentId: { equals: note.id } },
      sort: 'createdAt',
    })
    expect(history.docs.map((entry) => (entry as unknown as { to: string }).to)).toEqual([
      'in-review',
      'approved',
      'published',
    ])
  })

  it('keeps a live note from writers who restore or delete, and records a checker deleting it', async () => {
    const note = (await payload.create({
      collection: 'notes' as never,
      data: { body: 'A published note for readers.', _status: 'published' } as never,
    })) as { id: string }
    const { docs } = await payload.findVersions({
      collection: 'notes' as never,
      where: { parent: { equals: note.id } },
    })

    await expect(
      payload.restoreVersion({ collection: 'notes' as never, id: String(docs[0].id), ...as(people.writer) }),
    ).rejects.toMatchObject({ status: 403 })
    await expect(
      payload.delete({ collection: 'notes' as never, id: note.id, ...as(people.writer) }),
    ).rejects.toMatchObject({ status: 403 })
    expect(await payload.findByID({ collection: 'notes' as never, id: note.id })).toMatchObject({
      _status: 'published',
    })

    await payload.delete({ collection: 'notes' as never, id: note.id, ...as(people.checker) })
    const history = await payload.find({
      collection: 'note-history' as never,
      where: { documentId: { equals: note.id } },
      sort: '-createdAt',
    })
    expect(history.docs[0]).toMatchObject({ from: 'published', to: 'none', actor: 'checker@plugin.test' })
  })
})
