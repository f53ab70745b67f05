import type { Payload, TypedUser } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { editorialAttention } from '../../lib/editorial/attention'
import { stageCounts } from '../../plugins/editorial-workflow/lib/dashboard/stageCounts'
import { loadReviewQueue } from '../../plugins/editorial-workflow/lib/reviewQueue'
import type { ResolvedWorkflowOptions } from '../../plugins/editorial-workflow/types'
import { countAdapterCalls } from '../helpers/countQueries'
import { makeFixtures } from '../helpers/fixtures'
import { staffSession } from '../helpers/staffSession'
import { startTestPayload, stopTestPayload } from '../helpers/testPayload'
import { TEST_PASSWORD } from '../helpers/users'

let payload: Payload
let session: Awaited<ReturnType<typeof staffSession>>
let make: ReturnType<typeof makeFixtures>
let secondReviewer: string
let options: ResolvedWorkflowOptions

const call = (method: 'GET' | 'POST' | 'PATCH', path: string, token?: string, body?: unknown) =>
  session.api.rest({ method, path, token, body })
const messageOf = (answer: Awaited<ReturnType<typeof call>>) =>
  String((answer.body.errors as { message: string }[] | undefined)?.[0]?.message ?? answer.body.message)

/** Puts `n` more skills in review, as editors do: a draft edit, then a submission. */
const submitSkills = async (n: number, label: string) => {
  for (let i = 0; i < n; i++) {
    const skill = await make.skill('published', `${label} ${String.fromCharCode(97 + (i % 26))}${i}`)
    await call('PATCH', `/skills/${skill.id}`, session.tokens.editor, { summary: `${label} reworded.` })
    const submitted = await call('PATCH', `/skills/${skill.id}`, session.tokens.editor, {
      stage: 'in-review',
    })
    expect(submitted.status, messageOf(submitted)).toBe(200)
  }
}

const reviewer = () => session.users.reviewer as unknown as TypedUser
const rowOf = async (documentId: string) =>
  (await payload.find({ collection: 'review-queue', where: { documentId: { equals: documentId } } })).docs[0]

describe('review queue', () => {
  beforeAll(async () => {
    payload = await startTestPayload('review-queue')
    session = await staffSession(payload)
    make = makeFixtures(payload)
    await payload.create({
      collection: 'users',
      data: {
        email: 'reviewer2@test.example',
        password: TEST_PASSWORD,
        roles: ['reviewer'],
        name: 'Second reviewer',
      },
    })
    secondReviewer = (
      await payload.login({
        collection: 'users',
        data: { email: 'reviewer2@test.example', password: TEST_PASSWORD },
      })
    ).token!
    // The options the app gave the plugin, as its admin components receive them.
    const entries = (payload.config.admin?.components?.beforeDashboard ?? []) as unknown[]
    const dashboard = entries.find((entry) =>
      String((entry as { path?: string }).path).includes('ReviewDashboard'),
    ) as {
      serverProps: { workflow: ResolvedWorkflowOptions }
    }
    options = dashboard.serverProps.workflow
  })
  afterAll(() => stopTestPayload(payload))

  it('lists an item by its collection label, with its waiting time, author and what changed', async () => {
    const skill = await make.skill('published', 'Queue Labels')
    await call('PATCH', `/skills/${skill.id}`, session.tokens.editor, {
      summary: 'A new summary for the queue.',
    })
    await call('PATCH', `/skills/${skill.id}`, session.tokens.editor, { stage: 'in-review' })

    const { items } = await loadReviewQueue({
      payload,
      user: reviewer(),
      options,
      query: { collection: 'skills' },
    })
    const item = items.find((entry) => entry.documentId === String(skill.id))
    expect(item).toMatchObject({
      collection: 'skills',
      collectionLabel: 'Skill',
      title: 'Queue Labels',
      author: 'Test editor',
      submittedBy: 'Test editor',
      summary: '1 field',
      waited: '0 min',
      claim: null,
    })
    await payload.update({
      collection: 'review-queue',
      id: item!.id,
      data: { waitingSince: new Date(Date.now() - (2 * 60 + 5) * 60_000).toISOString() },
    })
    const later = await loadReviewQueue({
      payload,
      user: reviewer(),
      options,
      query: { collection: 'skills' },
    })
    expect(later.items.find((entry) => entry.documentId === String(skill.id))?.waited).toBe('2 h 05 min')
  })

  it('takes an item out of the queue once it is decided', async () => {
    const skill = await make.skill('published', 'Queue Decided')
    await call('PATCH', `/skills/${skill.id}`, session.tokens.editor, { summary: 'Decided soon.' })
    await call('PATCH', `/skills/${skill.id}`, session.tokens.editor, { stage: 'in-review' })
    expect(await rowOf(String(skill.id))).toBeDefined()
    await call('PATCH', `/skills/${skill.id}`, session.tokens.reviewer, { stage: 'approved' })
    expect(await rowOf(String(skill.id))).toBeUndefined()
  })

  it('lets one reviewer claim an item; another sees the claim, is refused unless taking over, and claims expire', async () => {
    const skill = await make.skill('published', 'Queue Claimed')
    await call('PATCH', `/skills/${skill.id}`, session.tokens.editor, { summary: 'Claim me.' })
    await call('PATCH', `/skills/${skill.id}`, session.tokens.editor, { stage: 'in-review' })
    const row = await rowOf(String(skill.id))

    expect((await call('POST', `/review-queue/${row.id}/claim`, session.tokens.editor)).status).toBe(403)
    const claimed = await call('POST', `/review-queue/${row.id}/claim`, session.tokens.reviewer)
    expect(claimed.status).toBe(200)
    expect(claimed.body.message).toContain('Claimed.')

    const seen = await loadReviewQueue({
      payload,
      user: reviewer(),
      options,
      query: { collection: 'skills' },
    })
    expect(seen.items.find((item) => item.id === String(row.id))?.claim).toMatchObject({
      by: 'Test reviewer',
      ago: '0 min',
    })

    const collide = await call('POST', `/review-queue/${row.id}/claim`, secondReviewer)
    expect(collide.status).toBe(409)
    expect(messageOf(collide)).toBe(
      'Test reviewer claimed this 0 min ago. Take it over only once you have agreed with them.',
    )
    expect((await call('POST', `/review-queue/${row.id}/release`, secondReviewer)).status).toBe(403)

    await payload.update({
      collection: 'review-queue',
      id: row.id,
      data: { claimedAt: new Date(Date.now() - 31 * 60_000).toISOString() },
    })
    const afterExpiry = await call('POST', `/review-queue/${row.id}/claim`, secondReviewer)
    expect(afterExpiry.status, messageOf(afterExpiry)).toBe(200)
    const takenOver = await call('POST', `/review-queue/${row.id}/claim`, session.tokens.reviewer, {
      takeOver: true,
    })
    expect(takenOver.status).toBe(200)
    expect((await call('POST', `/review-queue/${row.id}/release`, session.tokens.reviewer)).status).toBe(200)
    expect((await rowOf(String(skill.id))).claimedBy).toBeNull()
  })

  it('is for the editorial team only, and nobody writes to it directly', async () => {
    expect((await call('GET', '/review-queue')).status).toBe(403)
    const [row] = (await payload.find({ collection: 'review-queue', limit: 1 })).docs
    expect(
      (await call('PATCH', `/review-queue/${row.id}`, session.tokens.admin, { title: 'x' })).status,
    ).toBe(403)
    expect((await call('POST', '/review-queue', session.tokens.admin, { key: 'forged' })).status).toBe(403)
  })

  it('filters by collection and age, sorts by waiting time and pages through', async () => {
    await submitSkills(3, 'Paged')
    const all = await loadReviewQueue({ payload, user: reviewer(), options, query: { limit: 2 } })
    expect(all.items).toHaveLength(2)
    expect(all.pages).toBe(Math.ceil(all.total / 2))
    const second = await loadReviewQueue({ payload, user: reviewer(), options, query: { limit: 2, page: 2 } })
    expect(second.items.map((item) => item.id)).not.toContain(all.items[0].id)
    const oldest = await loadReviewQueue({ payload, user: reviewer(), options })
    const times = oldest.items.map((item) => item.waitingSince)
    expect(times).toEqual([...times].sort())
    const newest = await loadReviewQueue({ payload, user: reviewer(), options, query: { sort: 'newest' } })
    expect(newest.items.map((item) => item.id)).toEqual(oldest.items.map((item) => item.id).reverse())
    const old = await loadReviewQueue({ payload, user: reviewer(), options, query: { minHours: 1 } })
    expect(old.items.map((item) => item.title)).toEqual(['Queue Labels'])
    expect(
      (await loadReviewQueue({ payload, user: reviewer(), options, query: { collection: 'findings' } }))
        .total,
    ).toBe(0)
  })

  it('lists live pages citing unverified sources and imports awaiting approval for the dashboard', async () => {
    const page = await make.careerSkill('published')
    const source = await make.source('published')
    await payload.create({
      collection: 'imports',
      data: {
        title: 'O*NET 29.2 test run',
        status: 'awaiting-approval',
        dataset: source.id,
        version: '29.2',
        counts: { created: 1, updated: 0, unchanged: 0, rejected: 0 },
      } as never,
      context: { importing: true },
    })
    const [unreliable, imports] = await editorialAttention({ payload, user: reviewer() })
    expect(unreliable.items).toContainEqual({
      label: String(page.title),
      href: `/admin/collections/career-skills/${page.id}`,
      detail: 'Evidence page',
    })
    expect(imports).toMatchObject({ total: 1, items: [{ label: 'O*NET 29.2 test run' }] })
  })

  it('loads a page of the queue and the dashboard in the same number of queries with 5 or 30 items waiting', async () => {
    const measure = async () => {
      const queue = await countAdapterCalls(payload, () =>
        loadReviewQueue({ payload, user: reviewer(), options }),
      )
      const counts = await countAdapterCalls(payload, () => stageCounts(payload, options.collections))
      const attention = await countAdapterCalls(payload, () =>
        editorialAttention({ payload, user: reviewer() }),
      )
      return {
        queue: queue.calls,
        counts: counts.calls,
        attention: attention.calls,
        total: queue.result.total,
      }
    }
    await make.careerSkill('published')
    const few = await measure()
    await submitSkills(30 - few.total, 'Many')
    const many = await measure()
    expect(many.total).toBe(30)
    expect(few.total).toBeLessThanOrEqual(5)
    expect({ ...many, total: 0 }).toEqual({ ...few, total: 0 })
    expect(many.queue).toBeLessThanOrEqual(2)
    expect(many.attention).toBe(5)
  })
})
