import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { User } from '../../payload-types'
import { apiClient, tokenFor } from '../helpers/apiClient'
import { makeFixtures } from '../helpers/fixtures'
import { startTestPayload, stopTestPayload } from '../helpers/testPayload'
import { createStaff, TEST_PASSWORD } from '../helpers/users'

let payload: Payload
let api: Awaited<ReturnType<typeof apiClient>>
let staff: Record<'admin' | 'editor' | 'reviewer', User>
const tokens = {} as Record<'admin' | 'editor' | 'reviewer', string>

const rolesOf = async (id: string) => (await payload.findByID({ collection: 'users', id })).roles

describe('who may do what', () => {
  beforeAll(async () => {
    payload = await startTestPayload('roles')
    api = await apiClient()
    staff = await createStaff(payload)
    for (const role of ['admin', 'editor', 'reviewer'] as const) {
      tokens[role] = await tokenFor(payload, `${role}@test.example`, TEST_PASSWORD)
    }
  })
  afterAll(() => stopTestPayload(payload))

  describe('roles', () => {
    it('refuses an editor who tries to make themselves admin, and keeps their roles', async () => {
      const response = await api.rest({
        method: 'PATCH',
        path: `/users/${staff.editor.id}`,
        token: tokens.editor,
        body: { roles: ['admin'] },
      })
      expect(response.status).toBe(403)
      expect(JSON.stringify(response.body)).toContain('Only an admin can change roles')
      expect(await rolesOf(staff.editor.id)).toEqual(['editor'])
    })

    it('refuses the same change through the Local API without override', async () => {
      await expect(
        payload.update({
          collection: 'users',
          id: staff.editor.id,
          data: { roles: ['editor', 'reviewer'] },
          overrideAccess: false,
          user: staff.editor,
        }),
      ).rejects.toMatchObject({ status: 403 })
      expect(await rolesOf(staff.editor.id)).toEqual(['editor'])
    })

    it('lets an editor update their own name', async () => {
      const response = await api.rest({
        method: 'PATCH',
        path: `/users/${staff.editor.id}`,
        token: tokens.editor,
        body: { name: 'Renamed Editor', roles: ['editor'] },
      })
      expect(response.status).toBe(200)
      expect((await payload.findByID({ collection: 'users', id: staff.editor.id })).name).toBe(
        'Renamed Editor',
      )
    })

    it('refuses an editor who edits someone else or creates accounts', async () => {
      const other = await api.rest({
        method: 'PATCH',
        path: `/users/${staff.reviewer.id}`,
        token: tokens.editor,
        body: { name: 'x' },
      })
      expect([403, 404]).toContain(other.status)
      const created = await api.rest({
        method: 'POST',
        path: '/users',
        token: tokens.editor,
        body: { email: 'new@test.example', password: TEST_PASSWORD, roles: ['admin'] },
      })
      expect(created.status).toBe(403)
      expect(
        (await payload.count({ collection: 'users', where: { email: { equals: 'new@test.example' } } }))
          .totalDocs,
      ).toBe(0)
    })

    it('lets an admin change roles', async () => {
      const response = await api.rest({
        method: 'PATCH',
        path: `/users/${staff.reviewer.id}`,
        token: tokens.admin,
        body: { roles: ['reviewer', 'editor'] },
      })
      expect(response.status).toBe(200)
      expect(await rolesOf(staff.reviewer.id)).toEqual(expect.arrayContaining(['reviewer', 'editor']))
    })

    it('keeps account unlocking for admins', async () => {
      const editor = await api.rest({
        method: 'POST',
        path: '/users/unlock',
        token: tokens.editor,
        body: { email: 'reviewer@test.example' },
      })
      expect(editor.status).toBe(403)
      const admin = await api.rest({
        method: 'POST',
        path: '/users/unlock',
        token: tokens.admin,
        body: { email: 'reviewer@test.example' },
      })
      expect(admin.status).toBe(200)
    })
  })

  describe('content', () => {
    it('refuses to let an editor publish, and writes nothing', async () => {
      const before = await payload.count({ collection: 'careers' })
      const response = await api.rest({
        method: 'POST',
        path: '/careers',
        token: tokens.editor,
        body: {
          title: 'Published By Editor',
          summary: 'Should not exist.',
          demandProfile: 'balanced',
          _status: 'published',
        },
      })
      expect(response.status).toBe(403)
      expect(JSON.stringify(response.body)).toContain('Editors cannot publish')
      expect((await payload.count({ collection: 'careers' })).totalDocs).toBe(before.totalDocs)
    })

    it("stores an editor's change to a live page as a draft, leaving readers' version alone", async () => {
      const career = await makeFixtures(payload).career('published', 'Live Page Engineer')
      const response = await api.rest({
        method: 'PATCH',
        path: `/careers/${career.id}`,
        token: tokens.editor,
        body: { summary: 'Editor wording awaiting review.' },
      })
      expect(response.status).toBe(200)
      const publicView = await api.rest({ path: `/careers/${career.id}` })
      expect(publicView.body.summary).toBe('Live Page Engineer builds things.')
      const latest = await payload.findByID({ collection: 'careers', id: career.id, draft: true })
      expect(latest.summary).toBe('Editor wording awaiting review.')
      expect(latest._status).toBe('draft')
    })

    it('lets an editor create a draft that readers cannot see and nobody can publish unreviewed', async () => {
      const created = await api.rest({
        method: 'POST',
        path: '/skills',
        token: tokens.editor,
        body: { name: 'Query Tuning', summary: 'Making slow queries fast.', kind: 'method' },
      })
      expect(created.status).toBe(201)
      const id = (created.body.doc as { id: string }).id
      expect((await api.rest({ path: `/skills/${id}` })).status).toBe(404)

      const published = await api.rest({
        method: 'PATCH',
        path: `/skills/${id}`,
        token: tokens.reviewer,
        body: { _status: 'published' },
      })
      expect(published.status).toBe(403)
      expect(JSON.stringify(published.body)).toContain('Only an approved version can be published')
      expect((await api.rest({ path: `/skills/${id}` })).status).toBe(404)
    })

    it('keeps deleting content for reviewers and admins', async () => {
      const skill = await makeFixtures(payload).skill('published')
      const byEditor = await api.rest({ method: 'DELETE', path: `/skills/${skill.id}`, token: tokens.editor })
      expect(byEditor.status).toBe(403)
      const byReviewer = await api.rest({
        method: 'DELETE',
        path: `/skills/${skill.id}`,
        token: tokens.reviewer,
      })
      expect(byReviewer.status).toBe(200)
    })

    it('refuses anonymous writes', async () => {
      const response = await api.rest({
        method: 'POST',
        path: '/skills',
        body: { name: 'Anon', summary: 'x', kind: 'method' },
      })
      expect(response.status).toBe(403)
    })
  })
})
