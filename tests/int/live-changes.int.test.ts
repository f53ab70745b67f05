import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { makeFixtures } from '../helpers/fixtures'
import { staffSession } from '../helpers/staffSession'
import { startTestPayload, stopTestPayload } from '../helpers/testPayload'
import { TEST_PASSWORD } from '../helpers/users'

/**
 * Every operation that changes what readers see — restoring a version, deleting, unpublishing, bulk
 * updates — goes through the review workflow on every path, and leaves an audit entry.
 */
let payload: Payload
let session: Awaited<ReturnType<typeof staffSession>>
let make: ReturnType<typeof makeFixtures>
let secondReviewerToken: string

const read = (path: string, token?: string) => session.api.rest({ path, token })
const patch = (path: string, token: string, body: unknown) =>
  session.api.rest({ method: 'PATCH', path, token, body })
const restore = (path: string, token: string) => session.api.rest({ method: 'POST', path, token })
const auditFor = async (documentId: string) =>
  (
    await payload.find({
      collection: 'audit-log',
      where: { documentId: { equals: documentId } },
      sort: 'createdAt',
      limit: 50,
    })
  ).docs
const versionsOf = async (id: string) =>
  (
    await payload.findVersions({
      collection: 'skills',
      where: { parent: { equals: id } },
      sort: '-updatedAt',
      depth: 0,
    })
  ).docs
const newestOf = (id: string) => payload.findByID({ collection: 'skills', id, draft: true, depth: 0 })

/** A published skill whose first published version said something else, so restoring it matters. */
const skillWithHistory = async (name: string) => {
  const skill = await make.skill('published', name)
  await payload.update({
    collection: 'skills',
    id: skill.id,
    data: { summary: `${name} as readers see it now.` },
  })
  const [, first] = await versionsOf(skill.id)
  return { id: skill.id, firstVersion: String(first.id), live: `${name} as readers see it now.` }
}

describe('changes to what readers see', () => {
  beforeAll(async () => {
    payload = await startTestPayload('live-changes')
    session = await staffSession(payload)
    make = makeFixtures(payload)
    await payload.create({
      collection: 'users',
      data: { email: 'reviewer2@test.example', password: TEST_PASSWORD, roles: ['reviewer'] },
    })
    const { token } = await payload.login({
      collection: 'users',
      data: { email: 'reviewer2@test.example', password: TEST_PASSWORD },
    })
    secondReviewerToken = token!
  })
  afterAll(() => stopTestPayload(payload))

  describe('restoring a version', () => {
    it("an editor's PATCH {} and restore of that draft no longer take a live page offline", async () => {
      const { id, live } = await skillWithHistory('Offline Attempt')
      expect((await patch(`/skills/${id}`, session.tokens.editor, {})).status).toBe(200)
      const [draft] = await versionsOf(id)
      expect(draft.version._status).toBe('draft')

      const response = await restore(`/skills/versions/${draft.id}`, session.tokens.editor)
      expect(response.status).toBe(200)
      const page = await read(`/skills/${id}`)
      expect(page.status).toBe(200)
      expect(page.body.summary).toBe(live)
    })

    it("an editor's restore of an old version becomes a draft to review; readers keep the live page; it is audited", async () => {
      const { id, firstVersion, live } = await skillWithHistory('Editor Restores')
      const response = await restore(`/skills/versions/${firstVersion}?draft=false`, session.tokens.editor)
      expect(response.status).toBe(200)

      expect((await read(`/skills/${id}`)).body.summary).toBe(live)
      const newest = await newestOf(id)
      expect(newest).toMatchObject({
        _status: 'draft',
        stage: 'draft',
        summary: 'Editor Restores is a skill.',
      })
      expect((await auditFor(id)).at(-1)).toMatchObject({
        from: 'published',
        to: 'draft',
        actor: 'editor@test.example',
        summary: expect.stringContaining(`restored version ${firstVersion} as a draft`),
      })
    })

    it('on GraphQL and the Local API, refuses a restore onto the live page in words; GraphQL restores as a draft', async () => {
      const viaGraphQL = await skillWithHistory('GraphQL Restore')
      const restoreSkill = (draft: boolean) =>
        session.api.graphql({
          query: `mutation { restoreVersionSkill(id: "${viaGraphQL.firstVersion}", draft: ${draft}) { id } }`,
          token: session.tokens.editor,
        })
      expect(JSON.stringify((await restoreSkill(false)).body.errors)).toContain(
        'A restored version comes back as a draft for review',
      )
      expect((await read(`/skills/${viaGraphQL.id}`)).body.summary).toBe(viaGraphQL.live)
      expect((await restoreSkill(true)).body.errors).toBeUndefined()
      expect((await read(`/skills/${viaGraphQL.id}`)).body.summary).toBe(viaGraphQL.live)
      expect((await newestOf(viaGraphQL.id)).summary).toBe('GraphQL Restore is a skill.')

      // Payload 3.90's Local API restores onto the live document only (it has no draft option), so a
      // person's restore there is refused.
      const viaLocal = await skillWithHistory('Local Restore')
      await expect(
        payload.restoreVersion({
          collection: 'skills',
          id: viaLocal.firstVersion,
          overrideAccess: false,
          user: session.users.reviewer,
        }),
      ).rejects.toMatchObject({ status: 403 })
      expect((await read(`/skills/${viaLocal.id}`)).body.summary).toBe(viaLocal.live)
      expect((await newestOf(viaLocal.id)).summary).toBe(viaLocal.live)
    })

    it("a reviewer's restore needs another reviewer's approval before readers see it", async () => {
      const { id, firstVersion, live } = await skillWithHistory('Reviewer Restores')
      expect((await restore(`/skills/versions/${firstVersion}`, session.tokens.reviewer)).status).toBe(200)
      expect((await read(`/skills/${id}`)).body.summary).toBe(live)

      expect((await patch(`/skills/${id}`, session.tokens.reviewer, { stage: 'in-review' })).status).toBe(200)
      const self = await patch(`/skills/${id}`, session.tokens.reviewer, { stage: 'approved' })
      expect(self.status).toBe(403)
      expect(JSON.stringify(self.body)).toContain('Four-eyes')
      expect((await patch(`/skills/${id}`, secondReviewerToken, { stage: 'approved' })).status).toBe(200)
      expect((await patch(`/skills/${id}`, secondReviewerToken, { _status: 'published' })).status).toBe(200)

      expect((await read(`/skills/${id}`)).body.summary).toBe('Reviewer Restores is a skill.')
      const audit = await auditFor(id)
      expect(audit.map((entry) => [entry.from, entry.to])).toContainEqual(['published', 'draft'])
      expect(audit.find((entry) => entry.summary.includes('restored version'))).toMatchObject({
        actor: 'reviewer@test.example',
      })
    })
  })

  describe('bulk updates', () => {
    it('refuses them to editors, in words, and changes nothing', async () => {
      const skills = [await make.skill('published', 'Bulk One'), await make.skill('draft', 'Bulk Two')]
      const where = `where[id][in]=${skills.map((skill) => skill.id).join(',')}`
      const response = await patch(`/skills?${where}`, session.tokens.editor, { summary: 'Bulk edit.' })
      expect(response.status).toBe(403)
      expect(JSON.stringify(response.body)).toContain('Editors change one document at a time')

      await expect(
        payload.update({
          collection: 'skills',
          where: { id: { in: skills.map((skill) => skill.id) } },
          data: { _status: 'draft' },
          overrideAccess: false,
          user: session.users.editor,
        }),
      ).rejects.toMatchObject({ status: 403 })
      for (const skill of skills) expect((await newestOf(skill.id)).summary).toBe(skill.summary)
      expect((await read(`/skills/${skills[0].id}`)).status).toBe(200)
    })

    it("a reviewer's bulk publish publishes each document's approved newest version", async () => {
      const skill = await make.skill('published', 'Bulk Publish')
      await patch(`/skills/${skill.id}`, session.tokens.editor, { summary: 'The approved wording.' })
      await patch(`/skills/${skill.id}`, session.tokens.editor, { stage: 'in-review' })
      await patch(`/skills/${skill.id}`, session.tokens.reviewer, { stage: 'approved' })

      const response = await patch(`/skills?where[id][equals]=${skill.id}`, session.tokens.reviewer, {
        _status: 'published',
      })
      expect(response.status).toBe(200)
      expect((await read(`/skills/${skill.id}`)).body.summary).toBe('The approved wording.')
    })

    it("a reviewer's bulk unpublish retracts each page, with an audit entry each", async () => {
      const skills = [
        await make.skill('published', 'Bulk Off One'),
        await make.skill('published', 'Bulk Off Two'),
      ]
      const where = `where[id][in]=${skills.map((skill) => skill.id).join(',')}`
      expect((await patch(`/skills?${where}`, session.tokens.reviewer, { _status: 'draft' })).status).toBe(
        200,
      )
      for (const skill of skills) {
        expect((await read(`/skills/${skill.id}`)).status).toBe(404)
        expect((await auditFor(skill.id)).at(-1)).toMatchObject({ from: 'published', to: 'retracted' })
      }
    })
  })

  describe('deleting', () => {
    it('refuses editors in words, one document or many, on every path', async () => {
      const skill = await make.skill('published', 'Not Deleted')
      const one = await session.api.rest({
        method: 'DELETE',
        path: `/skills/${skill.id}`,
        token: session.tokens.editor,
      })
      expect(one.status).toBe(403)
      expect(JSON.stringify(one.body)).toContain('Only reviewers and admins delete content')
      const many = await session.api.rest({
        method: 'DELETE',
        path: `/skills?where[id][equals]=${skill.id}`,
        token: session.tokens.editor,
      })
      expect(many.status).toBe(403)
      const graphql = await session.api.graphql({
        query: `mutation { deleteSkill(id: "${skill.id}") { id } }`,
        token: session.tokens.editor,
      })
      expect(JSON.stringify(graphql.body.errors)).toContain('Only reviewers and admins delete content')
      expect((await read(`/skills/${skill.id}`)).status).toBe(200)
    })

    it("writes an audit entry for each reviewer's deletion", async () => {
      const one = await make.skill('published', 'Deleted Alone')
      const others = [
        await make.skill('published', 'Deleted Together'),
        await make.skill('draft', 'Deleted Too'),
      ]
      expect(
        (
          await session.api.rest({
            method: 'DELETE',
            path: `/skills/${one.id}`,
            token: session.tokens.reviewer,
          })
        ).status,
      ).toBe(200)
      const where = `where[id][in]=${others.map((skill) => skill.id).join(',')}`
      expect(
        (
          await session.api.rest({
            method: 'DELETE',
            path: `/skills?${where}`,
            token: session.tokens.reviewer,
          })
        ).status,
      ).toBe(200)

      for (const [skill, from] of [
        [one, 'published'],
        [others[0], 'published'],
        [others[1], 'draft'],
      ] as const) {
        expect((await read(`/skills/${skill.id}`)).status).toBe(404)
        expect((await auditFor(skill.id)).at(-1)).toMatchObject({
          from,
          to: 'none',
          actor: 'reviewer@test.example',
          summary: expect.stringContaining('deleted'),
        })
      }
    })
  })
})
