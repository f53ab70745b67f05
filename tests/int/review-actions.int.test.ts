import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { loadNeedsChanges } from '../../plugins/editorial-workflow/lib/needsChanges'
import type { ResolvedWorkflowOptions } from '../../plugins/editorial-workflow/types'
import { countAdapterCalls } from '../helpers/countQueries'
import { makeFixtures } from '../helpers/fixtures'
import { staffSession } from '../helpers/staffSession'
import { startTestPayload, stopTestPayload } from '../helpers/testPayload'
import { TEST_PASSWORD } from '../helpers/users'

let payload: Payload
let session: Awaited<ReturnType<typeof staffSession>>
let make: ReturnType<typeof makeFixtures>
let secondReviewer: { id: string; token: string }

type Check = {
  readiness: { ready: boolean; issues: { path: string; message: string }[] }
  authoredByYou: boolean
  changeRequest: { note: string; stage: string; by: string } | null
}

const check = (collection: string, body: unknown, token?: string) =>
  session.api.rest({ method: 'POST', path: `/${collection}/workflow-check`, body, token })
const patch = (path: string, token: string, body: unknown) =>
  session.api.rest({ method: 'PATCH', path, token, body })
const auditFor = async (documentId: string) =>
  (
    await payload.find({
      collection: 'audit-log',
      where: { documentId: { equals: documentId } },
      sort: 'createdAt',
      limit: 50,
    })
  ).docs

describe('review actions: the checklist endpoint, change requests and the audit trail', () => {
  beforeAll(async () => {
    payload = await startTestPayload('review-actions')
    session = await staffSession(payload)
    make = makeFixtures(payload)
    const user = await payload.create({
      collection: 'users',
      data: {
        email: 'reviewer2@test.example',
        password: TEST_PASSWORD,
        roles: ['reviewer'],
        name: 'Second Reviewer',
      },
    })
    const { token } = await payload.login({
      collection: 'users',
      data: { email: 'reviewer2@test.example', password: TEST_PASSWORD },
    })
    secondReviewer = { id: String(user.id), token: token! }
  })
  afterAll(() => stopTestPayload(payload))

  describe('POST /api/<collection>/workflow-check', () => {
    it('answers only the editorial team, in words', async () => {
      const { id } = await make.skill('draft')
      const anonymous = await check('skills', { id, data: {} })
      expect(anonymous.status).toBe(403)
      expect(JSON.stringify(anonymous.body)).toContain('Only the editorial team checks documents')
      expect((await check('skills', { id, data: {} }, session.tokens.editor)).status).toBe(200)
    })

    it('refuses a malformed body or an unknown document with a 4xx that says why', async () => {
      const malformed = await check('skills', { data: 'not an object' }, session.tokens.editor)
      expect(malformed.status).toBe(400)
      expect(JSON.stringify(malformed.body)).toContain('Send the form as JSON')
      const unknown = await check('skills', { id: 'no-such-id', data: {} }, session.tokens.editor)
      expect(unknown.status).toBe(404)
    })

    it('checks the unsaved form and lists every problem, each with its field', async () => {
      const { id } = await make.skill('draft')
      const answer = await check(
        'skills',
        { id, data: { name: 'TBD', summary: '', kind: '' } },
        session.tokens.editor,
      )
      const { readiness } = answer.body as unknown as Check
      expect(readiness.ready).toBe(false)
      expect(readiness.issues).toEqual(
        expect.arrayContaining([
          { path: 'name', message: 'The name contains the placeholder "TBD".' },
          { path: 'summary', message: 'The summary is empty.' },
          { path: 'kind', message: 'The kind is not chosen.' },
        ]),
      )
      const stored = await payload.findByID({ collection: 'skills', id, draft: true })
      expect(stored.name).not.toBe('TBD')
    })

    it('resolves what a finding cites as a save does: a draft source does not count', async () => {
      const draftSource = await make.source('draft')
      const liveSource = await make.source('published')
      const finding = await make.finding('draft')
      const withDraft = await check(
        'findings',
        { id: finding.id, data: { source: draftSource.id } },
        session.tokens.editor,
      )
      // The checklist names the draft and how to get it live, as a save's refusal does.
      expect((withDraft.body as unknown as Check).readiness.issues).toContainEqual({
        path: 'source',
        message: expect.stringContaining('is a draft'),
      })
      const submit = await patch(`/findings/${finding.id}`, session.tokens.editor, {
        source: draftSource.id,
        stage: 'in-review',
      })
      expect(JSON.stringify(submit.body)).toContain('is a draft')

      const withLive = await check(
        'findings',
        { id: finding.id, data: { source: liveSource.id } },
        session.tokens.editor,
      )
      expect((withLive.body as unknown as Check).readiness).toEqual({ ready: true, issues: [] })
    })

    it('says when four-eyes holds the person back, and names the open change request', async () => {
      const { id } = await make.skill('draft')
      await patch(`/skills/${id}`, session.tokens.reviewer, { summary: 'Reworded by the reviewer.' })
      await patch(`/skills/${id}`, session.tokens.reviewer, { stage: 'in-review' })
      const asAuthor = (await check('skills', { id, data: {} }, session.tokens.reviewer))
        .body as unknown as Check
      const asOther = (await check('skills', { id, data: {} }, secondReviewer.token)).body as unknown as Check
      expect(asAuthor.authoredByYou).toBe(true)
      expect(asOther.authoredByYou).toBe(false)
      expect(asOther.changeRequest).toBeNull()

      await patch(`/skills/${id}`, secondReviewer.token, {
        stage: 'changes-requested',
        reviewNote: 'Name the frameworks.',
      })
      const asEditor = (await check('skills', { id, data: {} }, session.tokens.editor))
        .body as unknown as Check
      expect(asEditor.changeRequest).toMatchObject({
        note: 'Name the frameworks.',
        stage: 'changes-requested',
        by: 'Second Reviewer',
      })
    })
  })

  describe('change requests', () => {
    it('a note belongs to the one transition that set it; resubmitting closes the request', async () => {
      const { id } = await make.skill('draft', 'Noted Skill')
      const note = 'Say which teams use it.'
      expect((await patch(`/skills/${id}`, session.tokens.editor, { stage: 'in-review' })).status).toBe(200)
      expect(
        (
          await patch(`/skills/${id}`, session.tokens.reviewer, {
            stage: 'changes-requested',
            reviewNote: note,
          })
        ).status,
      ).toBe(200)
      const [firstVersion] = (
        await payload.findVersions({
          collection: 'skills',
          where: { parent: { equals: id } },
          sort: 'createdAt',
        })
      ).docs
      const restore = await session.api.rest({
        method: 'POST',
        path: `/skills/versions/${firstVersion.id}`,
        token: session.tokens.editor,
      })
      expect(restore.status).toBe(200)
      expect(
        (await patch(`/skills/${id}`, session.tokens.editor, { summary: 'Platform teams use it.' })).status,
      ).toBe(200)
      expect((await patch(`/skills/${id}`, session.tokens.editor, { stage: 'in-review' })).status).toBe(200)
      expect((await payload.findByID({ collection: 'skills', id, draft: true })).reviewNote).toBeNull()
      expect((await patch(`/skills/${id}`, session.tokens.reviewer, { stage: 'approved' })).status).toBe(200)
      expect((await patch(`/skills/${id}`, secondReviewer.token, { _status: 'published' })).status).toBe(200)

      const audit = await auditFor(id)
      expect(audit.map((entry) => [entry.to, entry.note ?? null])).toEqual([
        ['in-review', null],
        ['changes-requested', note],
        ['changes-requested', null],
        ['in-review', null],
        ['approved', null],
        ['published', null],
      ])
    })

    it("lists an editor's documents sent back to them, and only theirs, in constant queries", async () => {
      const options = workflowOptions()
      const sendBack = async (author: string) => {
        const { id } = await make.skill('draft')
        await patch(`/skills/${id}`, author, { summary: 'Written for the needs-changes list.' })
        await patch(`/skills/${id}`, author, { stage: 'in-review' })
        await patch(`/skills/${id}`, secondReviewer.token, {
          stage: 'changes-requested',
          reviewNote: 'Cite it.',
        })
        return id
      }
      const editorsFirst = await sendBack(session.tokens.editor)
      const reviewers = await sendBack(session.tokens.reviewer)
      const load = () => loadNeedsChanges({ payload, user: session.users.editor as never, options })

      const first = await countAdapterCalls(payload, load)
      expect(first.result.map((item) => item.id)).toContain(editorsFirst)
      expect(first.result.map((item) => item.id)).not.toContain(reviewers)
      expect(first.result.find((item) => item.id === editorsFirst)).toMatchObject({
        collectionLabel: 'Skill',
        note: 'Cite it.',
      })

      for (let i = 0; i < 4; i += 1) await sendBack(session.tokens.editor)
      const more = await countAdapterCalls(payload, load)
      expect(more.result.length).toBe(first.result.length + 4)
      expect(more.calls).toBe(first.calls)
    })
  })

  describe('audit log', () => {
    it('names the collection by its label and the stages in words', async () => {
      const { id } = await make.skill('draft', 'Labelled Skill')
      await patch(`/skills/${id}`, session.tokens.editor, { stage: 'in-review' })
      const [entry] = await auditFor(id)
      expect(entry.summary).toBe('Skill “Labelled Skill”, Draft → In review')
      const field = payload.collections['audit-log'].config.fields.find(
        (candidate) => 'name' in candidate && candidate.name === 'to',
      ) as { options: { label: string; value: string }[] }
      expect(field.options).toContainEqual({ label: 'In review', value: 'in-review' })
    })
  })

  describe('empty records', () => {
    it('refuses to create a record nobody typed anything into, and says so', async () => {
      const empty = await session.api.rest({
        method: 'POST',
        path: '/skills?draft=true',
        token: session.tokens.editor,
        // What the admin's create form sends when Save Draft is pressed on it untouched.
        body: { onet: {}, stage: 'draft', origin: 'curated', _status: 'draft', aliases: 0 },
      })
      expect(empty.status).toBe(400)
      expect(JSON.stringify(empty.body)).toContain('Nothing to save yet.')
      const onlyDefaults = await session.api.rest({
        method: 'POST',
        path: '/sources?draft=true',
        token: session.tokens.editor,
        body: {
          verification: { status: 'unverified' },
          flags: { vendorSurvey: false, recallBias: false, preprint: false, retracted: false },
        },
      })
      expect(onlyDefaults.status).toBe(400)
      const before = await payload.count({ collection: 'skills', where: { name: { exists: false } } })
      expect(before.totalDocs).toBe(0)

      const started = await session.api.rest({
        method: 'POST',
        path: '/skills?draft=true',
        token: session.tokens.editor,
        body: { name: 'Started Skill' },
      })
      expect(started.status).toBe(201)
    })
  })

  describe('source verification', () => {
    it('names nobody as the checker while a source is unverified', async () => {
      const created = await session.api.rest({
        method: 'POST',
        path: '/sources',
        token: session.tokens.editor,
        body: {
          title: 'A study nobody checked yet',
          authors: [{ name: 'Doe' }],
          venue: 'Journal',
          year: 2024,
          url: 'https://example.org/unchecked',
          provenance: { sourceType: 'peer-reviewed', studyDesign: 'cohort' },
        },
      })
      const id = String((created.body.doc as { id: string }).id)
      const stored = () => payload.findByID({ collection: 'sources', id, draft: true, depth: 0 })
      expect((await stored()).verification).toMatchObject({
        status: 'unverified',
        checkedBy: null,
        checkedAt: null,
      })

      await patch(`/sources/${id}`, session.tokens.reviewer, { verification: { status: 'verified' } })
      expect((await stored()).verification).toMatchObject({
        status: 'verified',
        checkedBy: session.users.reviewer.id,
      })
      await patch(`/sources/${id}`, session.tokens.reviewer, { verification: { status: 'unverified' } })
      expect((await stored()).verification).toMatchObject({
        status: 'unverified',
        checkedBy: null,
        checkedAt: null,
      })
    })
  })
})

/** The workflow's options as the app's config resolved them, taken from a component's server props. */
const workflowOptions = (): ResolvedWorkflowOptions => {
  const dashboard = payload.config.admin.components.beforeDashboard as unknown as {
    path: string
    serverProps?: { workflow?: ResolvedWorkflowOptions }
  }[]
  const entry = dashboard.find((component) => component.path.endsWith('#NeedsChanges'))
  if (!entry?.serverProps?.workflow) throw new Error('The workflow plugin did not add its dashboard list')
  return entry.serverProps.workflow
}
