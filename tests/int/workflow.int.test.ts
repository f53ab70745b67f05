import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { makeFixtures } from '../helpers/fixtures'
import { staffSession } from '../helpers/staffSession'
import { startTestPayload, stopTestPayload } from '../helpers/testPayload'

let payload: Payload
let session: Awaited<ReturnType<typeof staffSession>>
let make: ReturnType<typeof makeFixtures>
let secondReviewerToken: string

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

describe('editorial workflow', () => {
  beforeAll(async () => {
    payload = await startTestPayload('workflow')
    session = await staffSession(payload)
    make = makeFixtures(payload)
    await payload.create({
      collection: 'users',
      data: {
        email: 'reviewer2@test.example',
        password: 'correct-horse-battery-staple',
        roles: ['reviewer'],
      },
    })
    const { token } = await payload.login({
      collection: 'users',
      data: { email: 'reviewer2@test.example', password: 'correct-horse-battery-staple' },
    })
    secondReviewerToken = token!
  })
  afterAll(() => stopTestPayload(payload))

  it('takes a page from draft through review to publication, with an audit entry for each step', async () => {
    const { tokens, api } = session
    const created = await api.rest({
      method: 'POST',
      path: '/skills',
      token: tokens.editor,
      body: { name: 'Capacity Planning', summary: 'Sizing systems before they are needed.', kind: 'method' },
    })
    const id = (created.body.doc as { id: string }).id

    expect((await patch(`/skills/${id}`, tokens.editor, { stage: 'in-review' })).status).toBe(200)
    expect((await patch(`/skills/${id}`, tokens.reviewer, { stage: 'approved' })).status).toBe(200)
    expect((await api.rest({ path: `/skills/${id}` })).status).toBe(404)
    const published = await patch(`/skills/${id}`, tokens.reviewer, { _status: 'published' })
    expect(published.status).toBe(200)

    expect((await api.rest({ path: `/skills/${id}` })).body).toMatchObject({ name: 'Capacity Planning' })
    const live = await api.rest({ path: `/skills/${id}`, token: tokens.editor })
    expect(live.body).toMatchObject({ name: 'Capacity Planning', stage: 'published' })

    const audit = await auditFor(id)
    expect(audit.map((entry) => [entry.from, entry.to])).toEqual([
      ['draft', 'in-review'],
      ['in-review', 'approved'],
      ['approved', 'published'],
    ])
    expect(audit.map((entry) => entry.actor)).toEqual([
      'editor@test.example',
      'reviewer@test.example',
      'reviewer@test.example',
    ])
    expect(audit.every((entry) => entry.versionId)).toBe(true)
  })

  it('refuses to submit an unready page for review, listing what is missing, and changes nothing', async () => {
    const { id } = await make.career('draft', 'Unready Engineer')
    await payload.update({
      collection: 'careers',
      id,
      data: { taxonomy: { onetSoc: '', escoLabel: 'TBD' } },
      draft: true,
    })
    const response = await patch(`/careers/${id}`, session.tokens.editor, { stage: 'in-review' })
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.body)).toContain('The O*NET-SOC code is empty.')
    expect(JSON.stringify(response.body)).toContain('The ESCO occupation contains the placeholder')
    const latest = await payload.findByID({ collection: 'careers', id, draft: true })
    expect(latest.stage).toBe('draft')
  })

  it('requires a note to request changes, and shows it to the editor', async () => {
    const { id } = await make.skill('draft', 'Needs Work', { stage: 'in-review' })
    const withoutNote = await patch(`/skills/${id}`, session.tokens.reviewer, { stage: 'changes-requested' })
    expect(withoutNote.status).toBe(400)
    expect(JSON.stringify(withoutNote.body)).toContain('Write a review note')

    const withNote = await patch(`/skills/${id}`, session.tokens.reviewer, {
      stage: 'changes-requested',
      reviewNote: 'Say which frameworks this covers.',
    })
    expect(withNote.status).toBe(200)
    const asEditor = await session.api.rest({
      path: `/skills/${id}?draft=true`,
      token: session.tokens.editor,
    })
    expect(asEditor.body).toMatchObject({
      stage: 'changes-requested',
      reviewNote: 'Say which frameworks this covers.',
    })
    expect((await patch(`/skills/${id}`, session.tokens.editor, { stage: 'in-review' })).status).toBe(200)
  })

  it('refuses self-approval: a reviewer who changed the content cannot approve it', async () => {
    const { id } = await make.skill('draft', 'Self Approved')
    expect(
      (await patch(`/skills/${id}`, session.tokens.reviewer, { summary: 'Rewritten by the reviewer.' }))
        .status,
    ).toBe(200)
    expect((await patch(`/skills/${id}`, session.tokens.reviewer, { stage: 'in-review' })).status).toBe(200)
    const self = await patch(`/skills/${id}`, session.tokens.reviewer, { stage: 'approved' })
    expect(self.status).toBe(403)
    expect(JSON.stringify(self.body)).toContain('Four-eyes')
    expect((await patch(`/skills/${id}`, secondReviewerToken, { stage: 'approved' })).status).toBe(200)
  })

  it('refuses self-publication: a reviewer who changed the content cannot publish it', async () => {
    const { id } = await make.skill('draft', 'Self Published')
    await patch(`/skills/${id}`, session.tokens.reviewer, { summary: 'Reviewer wording.' })
    await patch(`/skills/${id}`, session.tokens.reviewer, { stage: 'in-review' })
    expect((await patch(`/skills/${id}`, secondReviewerToken, { stage: 'approved' })).status).toBe(200)
    const self = await patch(`/skills/${id}`, session.tokens.reviewer, { _status: 'published' })
    expect(self.status).toBe(403)
    expect(JSON.stringify(self.body)).toContain('Four-eyes')
    expect((await patch(`/skills/${id}`, secondReviewerToken, { _status: 'published' })).status).toBe(200)
  })

  it('sends an approved page back to draft when its content is edited', async () => {
    const { id } = await make.skill('draft', 'Edited After Approval', { stage: 'approved' })
    expect((await patch(`/skills/${id}`, session.tokens.editor, { summary: 'A late change.' })).status).toBe(
      200,
    )
    const latest = await payload.findByID({ collection: 'skills', id, draft: true })
    expect(latest.stage).toBe('draft')
    const publish = await patch(`/skills/${id}`, session.tokens.reviewer, { _status: 'published' })
    expect(publish.status).toBe(403)
  })

  it('keeps a live page live while its next version is reviewed', async () => {
    const { id } = await make.skill('published', 'Live While Reviewed')
    await patch(`/skills/${id}`, session.tokens.editor, { summary: 'Next version.' })
    await patch(`/skills/${id}`, session.tokens.editor, { stage: 'in-review' })
    const live = await session.api.rest({ path: `/skills/${id}`, token: session.tokens.editor })
    expect(live.body).toMatchObject({ summary: 'Live While Reviewed is a skill.', stage: 'published' })
    expect((await session.api.rest({ path: `/skills/${id}` })).body.summary).toBe(live.body.summary)
  })

  it('retracts a published page for reviewers only', async () => {
    const { id } = await make.skill('published', 'Retracted Skill')
    const byEditor = await patch(`/skills/${id}`, session.tokens.editor, { stage: 'retracted' })
    expect(byEditor.status).toBe(403)
    const byReviewer = await patch(`/skills/${id}`, session.tokens.reviewer, { stage: 'retracted' })
    expect(byReviewer.status).toBe(200)
    expect((await session.api.rest({ path: `/skills/${id}` })).status).toBe(404)
    expect((await auditFor(id)).at(-1)).toMatchObject({ from: 'published', to: 'retracted' })
  })

  it('treats the admin Unpublish button as a retraction', async () => {
    const { id } = await make.skill('published', 'Unpublished Skill')
    const response = await patch(`/skills/${id}`, session.tokens.admin, { _status: 'draft' })
    expect(response.status).toBe(200)
    expect((await session.api.rest({ path: `/skills/${id}` })).status).toBe(404)
  })

  describe('audit log', () => {
    it('cannot be changed or deleted by anyone, on any path', async () => {
      const [entry] = (await payload.find({ collection: 'audit-log', limit: 1 })).docs
      const { api, tokens } = session
      expect(
        (
          await api.rest({
            method: 'PATCH',
            path: `/audit-log/${entry.id}`,
            token: tokens.admin,
            body: { note: 'x' },
          })
        ).status,
      ).toBe(403)
      expect(
        (await api.rest({ method: 'DELETE', path: `/audit-log/${entry.id}`, token: tokens.admin })).status,
      ).toBe(403)
      expect(
        (
          await api.rest({
            method: 'POST',
            path: '/audit-log',
            token: tokens.admin,
            body: { summary: 'forged' },
          })
        ).status,
      ).toBe(403)
      await expect(
        payload.update({ collection: 'audit-log', id: entry.id, data: { note: 'x' } }),
      ).rejects.toMatchObject({ status: 403 })
      await expect(payload.delete({ collection: 'audit-log', id: entry.id })).rejects.toMatchObject({
        status: 403,
      })
      const graphql = await api.graphql({
        query: `mutation { deleteAuditLog(id: "${entry.id}") { id } }`,
        token: tokens.admin,
      })
      expect(JSON.stringify(graphql.body)).toMatch(/not allowed|forbidden|cannot/i)
      expect((await payload.findByID({ collection: 'audit-log', id: entry.id })).note).toBe(entry.note)
    })

    it('is readable by reviewers and admins only', async () => {
      const { api, tokens } = session
      expect((await api.rest({ path: '/audit-log' })).status).toBe(403)
      expect((await api.rest({ path: '/audit-log', token: tokens.editor })).status).toBe(403)
      expect((await api.rest({ path: '/audit-log', token: tokens.reviewer })).status).toBe(200)
    })
  })

  describe('source retraction', () => {
    it('sends every published finding, FAQ and page citing the source back to review, with audit entries, keeping them readable', async () => {
      const source = await make.source('published', { title: 'A study later retracted' })
      const finding = await make.finding('published', { source: source.id })
      const faq = await make.faq('published', { citedFindings: [finding.id], answer: 'Output rose by 10%.' })
      const page = await make.careerSkill('published')
      await payload.update({
        collection: 'career-skills',
        id: page.id,
        data: { findings: [finding.id, ...(page.findings as string[])] },
      })
      const unrelated = await make.finding('published')

      const response = await patch(`/sources/${source.id}`, session.tokens.reviewer, {
        verification: { status: 'retracted', note: 'Retraction notice, 2026.' },
      })
      expect(response.status).toBe(200)

      for (const [collection, id] of [
        ['findings', finding.id],
        ['faqs', faq.id],
        ['career-skills', page.id],
      ] as const) {
        expect(
          (await session.api.rest({ path: `/${collection}/${id}` })).status,
          `${collection} stays readable`,
        ).toBe(200)
        const live = await session.api.rest({ path: `/${collection}/${id}`, token: session.tokens.editor })
        expect(live.body.stage, collection).toBe('in-review')
        expect(String(live.body.reviewNote)).toContain('A study later retracted')
        const audit = await auditFor(id)
        expect(audit.at(-1)).toMatchObject({
          from: 'published',
          to: 'in-review',
          actor: 'reviewer@test.example (source retraction)',
        })
      }
      expect((await payload.findByID({ collection: 'findings', id: unrelated.id })).stage).toBe('published')
      const liveSource = await session.api.rest({ path: `/sources/${source.id}` })
      expect(liveSource.body).toMatchObject({ flags: { retracted: true } })
    })

    it("an editor's draft retraction changes nothing readers see and flags nothing until it is reviewed and published", async () => {
      const source = await make.source('published', { title: 'A study an editor doubts' })
      const finding = await make.finding('published', { source: source.id })
      const liveFinding = () => payload.findByID({ collection: 'findings', id: finding.id, depth: 0 })

      const draft = await patch(`/sources/${source.id}`, session.tokens.editor, {
        verification: { status: 'retracted', note: 'The journal retracted it.' },
      })
      expect(draft.status).toBe(200)
      const publicSource = await session.api.rest({ path: `/sources/${source.id}` })
      expect(publicSource.body).toMatchObject({
        verification: { status: 'unverified' },
        flags: { retracted: false },
      })
      expect(await liveFinding()).toMatchObject({ stage: 'published', reviewNote: null })
      expect(await auditFor(finding.id)).toHaveLength(1)

      expect(
        (await patch(`/sources/${source.id}`, session.tokens.editor, { stage: 'in-review' })).status,
      ).toBe(200)
      expect(
        (await patch(`/sources/${source.id}`, session.tokens.reviewer, { stage: 'approved' })).status,
      ).toBe(200)
      expect((await liveFinding()).stage).toBe('published')
      expect(
        (await patch(`/sources/${source.id}`, secondReviewerToken, { _status: 'published' })).status,
      ).toBe(200)

      expect(await liveFinding()).toMatchObject({
        _status: 'published',
        stage: 'in-review',
        reviewNote: expect.stringContaining('A study an editor doubts'),
      })
      expect((await auditFor(finding.id)).at(-1)).toMatchObject({
        from: 'published',
        to: 'in-review',
        actor: 'reviewer2@test.example (source retraction)',
      })
    })

    it('keeps a citing page that has a pending draft readable: the live version is flagged and the draft stays on top', async () => {
      const source = await make.source('published', { title: 'A study retracted under a draft' })
      const finding = await make.finding('published', { source: source.id })
      await patch(`/findings/${finding.id}`, session.tokens.editor, { statement: 'A pending rewording.' })

      const response = await patch(`/sources/${source.id}`, session.tokens.reviewer, {
        verification: { status: 'retracted' },
      })
      expect(response.status).toBe(200)

      const live = await session.api.rest({ path: `/findings/${finding.id}` })
      expect(live.status).toBe(200)
      expect(live.body.statement).toBe(finding.statement)
      expect(await payload.findByID({ collection: 'findings', id: finding.id, depth: 0 })).toMatchObject({
        stage: 'in-review',
      })
      const newest = await payload.findByID({ collection: 'findings', id: finding.id, draft: true, depth: 0 })
      expect(newest).toMatchObject({
        _status: 'draft',
        stage: 'in-review',
        statement: 'A pending rewording.',
        changedBy: session.users.editor.id,
      })
    })
  })
})
