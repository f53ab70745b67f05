import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { ImportRefused, runImport } from '../../lib/onet/import/runImport'
import { readRelease } from '../../lib/onet/release/readRelease'
import type { User } from '../../payload-types'
import { apiClient, tokenFor } from '../helpers/apiClient'
import { editedSlice, ONET_SLICE } from '../helpers/onetSlice'
import { startTestPayload, stopTestPayload } from '../helpers/testPayload'
import { createStaff, TEST_PASSWORD } from '../helpers/users'

let payload: Payload
let api: Awaited<ReturnType<typeof apiClient>>
let staff: Record<'admin' | 'editor' | 'reviewer', User>

const DEVELOPERS_EDIT = {
  file: 'Occupation Data.txt',
  from: 'Research, design, and develop computer and network software',
  to: 'Research, design, build and develop computer and network software',
}

const asUser = (user: User) => ({ ...user, collection: 'users' as const })

/** What an anonymous reader gets, through the access rules. */
const publicCareers = async (where = {}) =>
  (
    await payload.find({
      collection: 'careers',
      where: { and: [{ origin: { equals: 'onet' } }, where] },
      overrideAccess: false,
      depth: 0,
      pagination: false,
    })
  ).docs

const importOf = (id: string) => payload.findByID({ collection: 'imports', id, depth: 0 })

const decide = async (user: User, id: string, data: Record<string, unknown>) =>
  api.rest({
    method: 'PATCH',
    path: `/imports/${id}`,
    body: data,
    token: await tokenFor(payload, user.email, TEST_PASSWORD),
  })

describe('importing an O*NET release', () => {
  let firstRun: string
  beforeAll(async () => {
    payload = await startTestPayload('onet-import')
    api = await apiClient()
    staff = await createStaff(payload)
    for (const [name, aliases] of [
      ['Python', []],
      ['SQL', [{ name: 'Structured query language SQL' }]],
    ] as const) {
      await payload.create({
        collection: 'skills',
        data: {
          name,
          summary: `${name}, as the editors describe it.`,
          kind: 'language',
          aliases: [...aliases],
          _status: 'published',
        },
      })
    }
  })
  afterAll(() => stopTestPayload(payload))

  it('writes a release for review as drafts that readers cannot see, recording who ran it and each file', async () => {
    const release = await readRelease({ folder: ONET_SLICE })
    const report = await runImport({ payload, release, mode: 'review', user: asUser(staff.editor) })
    firstRun = report.importId!

    expect(report.careers).toEqual({ created: 49, updated: 0, unchanged: 0 })
    expect(report.status).toBe('awaiting-approval')
    expect(await publicCareers()).toHaveLength(0)
    const anonymous = await api.rest({ path: '/careers?where[origin][equals]=onet&limit=100' })
    expect(anonymous.body.docs).toHaveLength(0)

    const record = await importOf(firstRun)
    expect(record.ranBy).toBe(staff.editor.id)
    expect(record.counts).toMatchObject({
      created: report.counts.created,
      updated: 0,
      unchanged: 0,
      rejected: 0,
    })
    expect((record.files as { name: string; sha256: string }[]).map((file) => file.name)).toContain(
      'Technology Skills.txt',
    )
    expect((record.files as { sha256: string }[]).every((file) => /^[0-9a-f]{64}$/.test(file.sha256))).toBe(
      true,
    )
    expect(record.differences).toHaveLength(report.counts.created)
  })

  it('refuses another run while one awaits approval', async () => {
    const release = await readRelease({ folder: ONET_SLICE })
    await expect(
      runImport({ payload, release, mode: 'review', user: asUser(staff.reviewer) }),
    ).rejects.toThrow(ImportRefused)
  })

  it('does not let an editor approve; another reviewer publishes the whole batch', async () => {
    const byEditor = await decide(staff.editor, firstRun, { status: 'approved' })
    expect(byEditor.status).toBe(403)

    const byAdmin = await decide(staff.admin, firstRun, {
      status: 'approved',
      decisionNote: 'Checked the counts.',
    })
    expect(byAdmin.status).toBe(200)
    expect(await publicCareers()).toHaveLength(49)

    const [developers] = await publicCareers({ 'onet.code': { equals: '15-1252.00' } })
    expect(developers.title).toBe('Software Developers')
    expect(developers.onet?.interests).toMatchObject({
      highPoint: 'ICR',
      investigative: 5.86,
      domainSource: 'Machine Learning',
      date: '11/2023',
    })
    // Software Developers' 19 tasks are all unrated (neither core nor supplemental) in 29.2: all kept.
    const tasks = developers.onet?.tasks as { domainSource: string; date: string; rated: string }[]
    expect(tasks).toHaveLength(19)
    expect(tasks.every((task) => task.rated === 'unrated')).toBe(true)
    expect(tasks.every((task) => task.domainSource && task.date)).toBe(true)

    const audit = await payload.find({
      collection: 'audit-log',
      where: { collectionSlug: { equals: 'imports' } },
    })
    expect(audit.docs.map((entry) => entry.note)).toContain('Checked the counts.')
  })

  it('matches curated skills by name and alias instead of adding duplicates', async () => {
    const pythons = await payload.find({ collection: 'skills', where: { name: { equals: 'Python' } } })
    expect(pythons.totalDocs).toBe(1)
    expect(pythons.docs[0].origin).toBe('curated')
    const [developers] = await publicCareers({ 'onet.code': { equals: '15-1252.00' } })
    const technologySkills = developers.onet?.technologySkills as string[]
    expect(technologySkills).toContain(pythons.docs[0].id)
    const sql = await payload.find({
      collection: 'skills',
      where: { 'onet.key': { equals: 'structured query language sql' } },
    })
    expect(sql.totalDocs).toBe(0)
  })

  it('reports everything unchanged when the same release is imported again', async () => {
    const release = await readRelease({ folder: ONET_SLICE })
    const report = await runImport({ payload, release, mode: 'review', user: asUser(staff.editor) })
    expect(report.counts.created + report.counts.updated).toBe(0)
    expect(report.counts.unchanged).toBeGreaterThan(49)
    expect(report.status).toBe('no-changes')
  })

  it('lists what a newer release changes; the reviewer who ran it cannot approve it; readers see it once approved', async () => {
    const folder = await editedSlice(DEVELOPERS_EDIT)
    const release = await readRelease({ folder })
    const report = await runImport({ payload, release, mode: 'review', user: asUser(staff.reviewer) })
    expect(report.counts).toMatchObject({ created: 0, updated: 1 })
    expect(report.differences).toEqual([
      {
        kind: 'career',
        action: 'update',
        key: '15-1252.00',
        label: 'Software Developers',
        fields: ['description'],
      },
    ])
    const [before] = await publicCareers({ 'onet.code': { equals: '15-1252.00' } })
    expect(before.onet?.description).not.toContain('build and develop')

    const byRunner = await decide(staff.reviewer, report.importId!, { status: 'approved' })
    expect(byRunner.status).toBe(403)
    expect(JSON.stringify(byRunner.body)).toContain('Four-eyes rule. You ran this import')
    expect((await decide(staff.admin, report.importId!, { status: 'approved' })).status).toBe(200)
    const [after] = await publicCareers({ 'onet.code': { equals: '15-1252.00' } })
    expect(after.onet?.description).toContain('build and develop')
  })

  it('a rejected run needs a reason, leaves readers as they were and removes what it created', async () => {
    const folder = await editedSlice(DEVELOPERS_EDIT, {
      file: 'Occupation Data.txt',
      from: '35-1011.00\tChefs and Head Cooks',
      to: '15-9999.00\tImaginary Occupation\tAn occupation made up for this test.\r\n35-1011.00\tHead Chefs and Cooks',
    })
    const report = await runImport({
      payload,
      release: await readRelease({ folder }),
      mode: 'review',
      user: asUser(staff.editor),
    })
    expect(report.counts).toMatchObject({ created: 1, updated: 1 })

    const withoutNote = await decide(staff.reviewer, report.importId!, { status: 'rejected' })
    expect(withoutNote.status).toBe(400)
    expect(JSON.stringify(withoutNote.body)).toContain('decision note')
    expect(
      (await decide(staff.reviewer, report.importId!, { status: 'rejected', decisionNote: 'Title typo.' }))
        .status,
    ).toBe(200)

    expect(await publicCareers({ title: { equals: 'Head Chefs and Cooks' } })).toHaveLength(0)
    expect(await publicCareers({ title: { equals: 'Chefs and Head Cooks' } })).toHaveLength(1)
    const imaginary = await payload.find({
      collection: 'careers',
      where: { 'onet.code': { equals: '15-9999.00' } },
      draft: true,
    })
    expect(imaginary.totalDocs).toBe(0)
    const again = await runImport({
      payload,
      release: await readRelease({ folder: await editedSlice(DEVELOPERS_EDIT) }),
      mode: 'dry-run',
    })
    expect(again.counts.created + again.counts.updated).toBe(0)
  })

  it('records a later release as a source of its own, at the address its Read Me gives for it alone', async () => {
    // A made-up later release: the slice's files under another version number.
    const folder = await editedSlice(
      {
        file: 'Read Me.txt',
        from: 'O*NET 29.2 Database\nFebruary 2025 Release',
        to: 'O*NET 30.0 Database\nAugust 2025 Release',
      },
      { file: 'Read Me.txt', from: 'dictionary/29.2/', to: 'dictionary/30.0/' },
      { file: 'Read Me.txt', from: 'content of the O*NET 29.2', to: 'content of the O*NET 30.0' },
    )
    const release = await readRelease({ folder })
    const report = await runImport({ payload, release, mode: 'review', user: asUser(staff.editor) })

    const datasets = await payload.find({
      collection: 'sources',
      where: { 'provenance.sourceType': { equals: 'government-dataset' } },
      sort: 'title',
      draft: true,
      depth: 0,
    })
    expect(datasets.docs.map(({ title, url }) => [title, url])).toEqual([
      ['O*NET 29.2 Database', 'https://www.onetcenter.org/dictionary/29.2/text/'],
      ['O*NET 30.0 Database', 'https://www.onetcenter.org/dictionary/30.0/text/'],
    ])
    expect((await importOf(report.importId!)).dataset).toBe(datasets.docs[1]!.id)
    const rejected = await decide(staff.reviewer, report.importId!, {
      status: 'rejected',
      decisionNote: 'Not a real release.',
    })
    expect(rejected.status).toBe(200)

    await expect(
      runImport({
        payload,
        release: { ...release, version: '30.1', releaseUrl: null },
        mode: 'review',
        user: asUser(staff.editor),
      }),
    ).rejects.toThrow(
      /gives no address for this release alone.*Record the release as a source titled "O\*NET 30\.1 Database"/,
    )
    expect(
      await payload.count({
        collection: 'sources',
        where: { title: { equals: 'O*NET 30.1 Database' } },
      }),
    ).toEqual({ totalDocs: 0 })
  })

  it('keeps the record of a run fixed: only its decision can change', async () => {
    const edit = await decide(staff.admin, firstRun, { version: '99.9' })
    expect(edit.status).toBe(400)
    expect((await importOf(firstRun)).version).toBe('29.2')
  })

  it('never creates or publishes a career × skill evidence page', async () => {
    expect((await payload.count({ collection: 'career-skills' })).totalDocs).toBe(0)
  })
})
