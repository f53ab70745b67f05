import crypto from 'node:crypto'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Skill } from '../../payload-types'
import { workInterests } from '../../seed/assessments/workInterests'
import { seedDemoContent } from '../../seed/index'
import { makeFixtures } from '../helpers/fixtures'
import { staffSession } from '../helpers/staffSession'
import { submitClient } from '../helpers/submitClient'
import { startTestPayload, stopTestPayload } from '../helpers/testPayload'

const SLUG = workInterests.slug

let payload: Payload
let session: Awaited<ReturnType<typeof staffSession>>
let submit: Awaited<ReturnType<typeof submitClient>>

const submission = (idempotencyKey: string = crypto.randomUUID()) =>
  JSON.stringify({
    answers: Object.fromEntries(workInterests.items.map((item, index) => [item.key, 1 + (index % 5)])),
    idempotencyKey,
  })

const reliabilityN = async (): Promise<number> => {
  const { docs } = await payload.find({
    collection: 'assessments',
    where: { slug: { equals: SLUG } },
    depth: 0,
  })
  return (docs[0].reliability as { dimensions: { n: number }[] }).dimensions[0].n
}

const saveAsEditor = (id: string, summary: string) =>
  session.api.rest({
    method: 'PATCH',
    path: `/skills/${id}`,
    token: session.tokens.editor,
    body: { summary },
  })

const summariesInVersions = async (id: string): Promise<string[]> => {
  const { docs } = await payload.findVersions({
    collection: 'skills',
    where: { parent: { equals: id } },
    pagination: false,
    depth: 0,
  })
  return docs.map((version) => (version.version as Skill).summary ?? '')
}

describe('parallel writes lose nothing', () => {
  beforeAll(async () => {
    payload = await startTestPayload('parallel-writes')
    await seedDemoContent({ payload })
    session = await staffSession(payload)
    submit = await submitClient()
  })
  afterAll(() => stopTestPayload(payload))

  it('stores all of 50 simultaneous submissions, each with its scores, and counts every one in reliability', async () => {
    const before = (await payload.count({ collection: 'assessment-responses' })).totalDocs
    const nBefore = await reliabilityN()

    const answers = await Promise.all(
      Array.from({ length: 50 }, () => submit({ slug: SLUG, body: submission() })),
    )

    expect(answers.map(({ status }) => status)).toEqual(Array(50).fill(201))
    expect((await payload.count({ collection: 'assessment-responses' })).totalDocs).toBe(before + 50)
    const { docs } = await payload.find({
      collection: 'assessment-responses',
      where: { resultId: { in: answers.map(({ body }) => String(body.id)) } },
      pagination: false,
      depth: 0,
    })
    expect(docs).toHaveLength(50)
    for (const response of docs) {
      expect(Object.keys(response.scores as object).sort()).toEqual(
        workInterests.dimensions.map(({ key }) => key).sort(),
      )
      expect(Object.keys(response.percentiles as object)).toHaveLength(workInterests.dimensions.length)
    }
    expect(await reliabilityN()).toBe(nBefore + 50)
  })

  it('stores one response for 10 simultaneous submissions with the same idempotency key', async () => {
    const before = (await payload.count({ collection: 'assessment-responses' })).totalDocs
    const key = crypto.randomUUID()

    const answers = await Promise.all(
      Array.from({ length: 10 }, () => submit({ slug: SLUG, body: submission(key) })),
    )

    expect(answers.map(({ status }) => status)).toEqual(Array(10).fill(201))
    expect(new Set(answers.map(({ body }) => body.id)).size).toBe(1)
    expect((await payload.count({ collection: 'assessment-responses' })).totalDocs).toBe(before + 1)
  })

  it('stores 20 simultaneous editor saves of 20 drafts, each as a new version', async () => {
    const make = makeFixtures(payload)
    const drafts = await Promise.all(Array.from({ length: 20 }, () => make.skill('draft')))

    const answers = await Promise.all(
      drafts.map((draft, index) => saveAsEditor(draft.id, `Saved in parallel, draft ${index + 1}.`)),
    )

    expect(answers.map(({ status }) => status)).toEqual(Array(20).fill(200))
    for (const [index, draft] of drafts.entries()) {
      const latest = await payload.findByID({ collection: 'skills', id: draft.id, draft: true, depth: 0 })
      expect(latest.summary).toBe(`Saved in parallel, draft ${index + 1}.`)
      expect(await summariesInVersions(draft.id)).toContain(`Saved in parallel, draft ${index + 1}.`)
    }
  })

  it('keeps every accepted one of 20 simultaneous saves of one draft as a version, and ends on one of them', async () => {
    const draft = await makeFixtures(payload).skill('draft')
    const versionsBefore = (await summariesInVersions(draft.id)).length
    const summaries = Array.from({ length: 20 }, (_, index) => `Saved in parallel, attempt ${index + 1}.`)

    const answers = await Promise.all(summaries.map((summary) => saveAsEditor(draft.id, summary)))

    // A save refused as based on an outdated version (409) is an answer too; nothing may fail or vanish.
    expect(answers.every(({ status }) => status === 200 || status === 409)).toBe(true)
    const accepted = summaries.filter((_, index) => answers[index].status === 200)
    expect(accepted.length).toBeGreaterThan(0)
    const stored = await summariesInVersions(draft.id)
    expect(stored.length).toBe(versionsBefore + accepted.length)
    for (const summary of accepted) expect(stored).toContain(summary)
    const latest = await payload.findByID({ collection: 'skills', id: draft.id, draft: true, depth: 0 })
    expect(accepted).toContain(latest.summary)
  })
})
