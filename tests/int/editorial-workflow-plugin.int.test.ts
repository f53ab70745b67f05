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
        fields: [
          { name: 'body', type: 'text' },
          { name: 'cites', type: 'relationship', relationTo: 'papers' as never },
        ],
      },
      {
        // The app calls it `verification.status`; here a paper's standing is `assessment.verdict`.
        slug: 'papers',
        admin: { useAsTitle: 'heading' },
        versions: { drafts: true },
        access: { read: () => true, create: () => true, update: () => true },
        fields: [
          { name: 'heading', type: 'text' },
          {
            name: 'assessment',
            type: 'group',
            fields: [
              { name: 'verdict', type: 'select', options: ['sound', 'withdrawn'], defaultValue: 'sound' },
            ],
          },
        ],
      },
    ],
    plugins: [
      editorialWorkflow({
        collections: ['notes' as never, 'papers' as never],
        usersSlug: 'people' as never,
        auditLogSlug: 'note-history',
        judgementFields: ['assessment'],
        exportPath: '/somewhere/else/exports',
        retraction: {
          sourceCollection: 'papers' as never,
          statusPath: 'assessment.verdict',
          unreliableStatuses: ['withdrawn'],
          findCitingDocuments: async ({ payload: local, req, sourceId }) => {
            const { docs } = await local.find({
              collection: 'notes' as never,
              where: { and: [{ cites: { equals: sourceId } }, { _status: { equals: 'published' } }] },
              depth: 0,
              req,
            })
            return (docs as { id: string }[]).map((doc) => ({
              collection: 'notes' as never,
              id: String(doc.id),
            }))
          },
        },
        isEditor: (user) => (user as Person | null | undefined)?.team === 'writers',
        isReviewer: (user) => (user as Person | null | undefined)?.team === 'checkers',
        checkReadiness: async ({ collection, data }) =>
          collection !== 'notes' || (typeof data.body === 'string' && data.body.length >= 10)
            ? { ready: true, issues: [] }
            : { ready: false, issues: [{ path: 'body', message: 'A note needs ten characters.' }] },
      }),
    ],
  })

const as = (person: Person) => ({ overrideAccess: false, user: person }) as const

const writersAndCheckers = {
  isEditor: (user: unknown) => (user as Person | null | undefined)?.team === 'writers',
  isReviewer: (user: unknown) => (user as Person | null | undefined)?.team === 'checkers',
  checkReadiness: async () => ({ ready: false, issues: [{ path: 'body', message: 'Never ready.' }] }),
}

/** A second config of its own: one collection, with or without drafts, the plugin on or off. */
const smallConfig = ({ dbFile, drafts, disabled }: { dbFile: string; drafts: boolean; disabled: boolean }) =>
  buildConfig({
    secret: 'plugin-test-secret',
    telemetry: false,
    admin: { user: 'people' },
    db: sqliteAdapter({ client: { url: `file:${dbFile}` }, idType: 'uuid', push: true }),
    collections: [
      { slug: 'people', auth: true, fields: [{ name: 'team', type: 'text' }] },
      {
        slug: 'memos',
        ...(drafts ? { versions: { drafts: true } } : {}),
        access: { read: () => true, create: () => true, update: () => true },
        fields: [{ name: 'body', type: 'text' }],
      },
    ],
    plugins: [
      editorialWorkflow({
        collections: ['memos' as never],
        usersSlug: 'people' as never,
        disabled,
        ...writersAndCheckers,
      }),
    ],
  })

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

  it('addresses its admin components through the export path it is given', () => {
    const notes = payload.config.collections.find((collection) => collection.slug === ('notes' as string))!
    const publish = notes.admin.components?.edit?.PublishButton as { path: string }
    expect(publish.path).toBe('/somewhere/else/exports/rsc#WorkflowActions')
  })

  it("reads a source's standing from the field it is told, and treats it as judgement, not content", async () => {
    const paper = (await payload.create({
      collection: 'papers' as never,
      data: { heading: 'A paper', _status: 'published', stage: 'published' } as never,
    })) as { id: string }
    const note = (await payload.create({
      collection: 'notes' as never,
      data: {
        body: 'A note citing the paper.',
        cites: paper.id,
        _status: 'published',
        stage: 'published',
      } as never,
    })) as { id: string }

    // A checker's verdict on a live paper is judgement: it applies to the live paper at once.
    await payload.update({
      collection: 'papers' as never,
      id: paper.id,
      data: { assessment: { verdict: 'withdrawn' } } as never,
      ...as(people.checker),
    })
    const live = (await payload.findByID({ collection: 'papers' as never, id: paper.id })) as {
      _status: string
      assessment: { verdict: string }
    }
    expect(live).toMatchObject({ _status: 'published', assessment: { verdict: 'withdrawn' } })

    const citing = (await payload.findByID({ collection: 'notes' as never, id: note.id })) as {
      stage: string
      reviewNote: string
    }
    expect(citing.stage).toBe('in-review')
    expect(citing.reviewNote).toBe('Re-review needed. The source “A paper” is now withdrawn.')
  })

  it('refuses to create an empty record, in words', async () => {
    await expect(
      payload.create({ collection: 'notes' as never, data: {} as never, ...as(people.writer) }),
    ).rejects.toThrow('Nothing to save yet.')
  })

  it('refuses, at config time, to govern a collection without drafts', async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'workflow-plugin-no-drafts-'))
    await expect(
      smallConfig({ dbFile: path.join(folder, 'plugin.db'), drafts: false, disabled: false }),
    ).rejects.toThrow(
      'editorialWorkflow needs drafts on every collection it governs. Turn on versions with drafts (versions.drafts = true) for memos.',
    )
  })

  it('when disabled, keeps its fields and audit collection but enforces nothing', async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'workflow-plugin-disabled-'))
    const disabledConfig = await smallConfig({
      dbFile: path.join(folder, 'plugin.db'),
      drafts: true,
      disabled: true,
    })
    const memos = disabledConfig.collections.find((collection) => collection.slug === ('memos' as string))!
    const names = memos.fields.map((field) => ('name' in field ? field.name : field.type))
    expect(names).toEqual(expect.arrayContaining(['stage', 'reviewNote', 'changedBy']))
    expect(disabledConfig.collections.some((collection) => collection.slug === 'audit-log')).toBe(true)
    expect(memos.hooks.beforeChange ?? []).toHaveLength(0)
    expect(memos.endpoints === false ? [] : memos.endpoints.map((endpoint) => endpoint.path)).not.toContain(
      '/workflow-check',
    )
    expect(memos.admin.components?.edit?.PublishButton).toBeUndefined()

    const local = await getPayload({ config: disabledConfig, key: 'workflow-plugin-disabled' })
    try {
      const writer = (await local.create({
        collection: 'people' as never,
        data: { email: 'writer@disabled.test', password: 'plugin-test-password', team: 'writers' } as never,
      })) as unknown as Person
      // The readiness rule says "never ready" and writers may not publish: neither applies when disabled.
      const memo = await local.create({
        collection: 'memos' as never,
        data: { body: 'Published straight away.', _status: 'published' } as never,
        ...as(writer),
      })
      expect(memo).toMatchObject({ _status: 'published', body: 'Published straight away.' })
      expect((await local.find({ collection: 'audit-log' as never })).totalDocs).toBe(0)
    } finally {
      await local.destroy()
    }
  })
})
