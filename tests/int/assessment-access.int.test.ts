import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seedDemoContent } from '../../seed/index'
import { apiClient, tokenFor } from '../helpers/apiClient'
import { startTestPayload, stopTestPayload } from '../helpers/testPayload'
import { createStaff, TEST_PASSWORD } from '../helpers/users'

let payload: Payload
let api: Awaited<ReturnType<typeof apiClient>>
let editorToken: string
let adminToken: string

describe('assessment responses stay private', () => {
  beforeAll(async () => {
    payload = await startTestPayload('assessment-access')
    await createStaff(payload)
    await seedDemoContent({ payload })
    api = await apiClient()
    editorToken = await tokenFor(payload, 'editor@test.example', TEST_PASSWORD)
    adminToken = await tokenFor(payload, 'admin@test.example', TEST_PASSWORD)
  })
  afterAll(() => stopTestPayload(payload))

  it('REST refuses to list responses to anonymous callers and editors', async () => {
    expect((await api.rest({ path: '/assessment-responses' })).status).toBe(403)
    expect((await api.rest({ path: '/assessment-responses', token: editorToken })).status).toBe(403)
  })

  it('REST lets an admin list them', async () => {
    const { status, body } = await api.rest({ path: '/assessment-responses?limit=1', token: adminToken })
    expect(status).toBe(200)
    expect(body.docs).toHaveLength(1)
  })

  it('REST refuses to create a response directly, bypassing server-side scoring', async () => {
    const before = (await payload.count({ collection: 'assessment-responses' })).totalDocs
    const { status } = await api.rest({
      method: 'POST',
      path: '/assessment-responses',
      body: { resultId: 'x'.repeat(24), answers: {} },
    })
    expect(status).toBe(403)
    expect((await payload.count({ collection: 'assessment-responses' })).totalDocs).toBe(before)
  })

  it('GraphQL returns no responses to an anonymous caller', async () => {
    const { body } = await api.graphql({ query: '{ AssessmentResponses { docs { id resultId } } }' })
    expect((body.data as { AssessmentResponses: unknown } | null)?.AssessmentResponses ?? null).toBeNull()
    expect(body.errors).toBeDefined()
  })

  it('the Local API without override refuses an anonymous caller', async () => {
    await expect(
      payload.find({ collection: 'assessment-responses', overrideAccess: false }),
    ).rejects.toMatchObject({ status: 403 })
  })

  it('a reader holding a result id reads that response and no other', async () => {
    const [one, two] = (await payload.find({ collection: 'assessment-responses', limit: 2, depth: 0 })).docs
    const asHolder = await payload.find({
      collection: 'assessment-responses',
      overrideAccess: false,
      context: { resultId: one.resultId },
      depth: 0,
    })
    expect(asHolder.docs.map((doc) => doc.id)).toEqual([one.id])
    const other = await payload.find({
      collection: 'assessment-responses',
      where: { id: { equals: two.id } },
      overrideAccess: false,
      context: { resultId: one.resultId },
      depth: 0,
    })
    expect(other.docs).toEqual([])
  })

  it('nobody can type reliability figures: an admin PATCH leaves them as computed', async () => {
    const [assessment] = (await payload.find({ collection: 'assessments', limit: 1, depth: 0 })).docs
    const before = assessment.reliability
    await api.rest({
      method: 'PATCH',
      path: `/assessments/${assessment.id}`,
      body: { reliability: { alpha: 0.99 } },
      token: adminToken,
    })
    const after = await payload.findByID({ collection: 'assessments', id: assessment.id, depth: 0 })
    expect(after.reliability).toEqual(before)
  })

  it('publishes the assessments to anonymous readers with computed reliability', async () => {
    const { status, body } = await api.rest({ path: '/assessments?depth=0' })
    expect(status).toBe(200)
    const slugs = (body.docs ?? []).map((doc) => doc.slug)
    expect(slugs).toEqual(expect.arrayContaining(['work-interests', 'bentoml-model-serving']))
    for (const doc of body.docs ?? []) {
      const reliability = doc.reliability as {
        responses: { synthetic: number }
        dimensions: { alpha: number; n: number }[]
      }
      expect(reliability.responses.synthetic).toBeGreaterThanOrEqual(200)
      expect(reliability.dimensions.every((entry) => entry.alpha > 0 && entry.n >= 200)).toBe(true)
    }
  })
})
