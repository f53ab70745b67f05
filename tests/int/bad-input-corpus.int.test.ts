import type { CollectionSlug, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { workInterests } from '../../seed/assessments/workInterests'
import { seedDemoContent } from '../../seed/index'
import { CONTENT, type CorpusCase, type CorpusTargets, routeCorpus } from '../helpers/badInputCorpus'
import { routeClient } from '../helpers/routeClient'
import { staffSession } from '../helpers/staffSession'
import { startTestPayload, stopTestPayload } from '../helpers/testPayload'

let payload: Payload
let send: Awaited<ReturnType<typeof routeClient>>
let editorToken: string
let targets: CorpusTargets

/** Every stored row the app has, documents and versions, so "nothing written" covers everything. */
const rowCounts = async (): Promise<Record<string, number>> => {
  const counts: Record<string, number> = {}
  for (const collection of payload.config.collections) {
    const slug = collection.slug as CollectionSlug
    counts[slug] = (await payload.count({ collection: slug })).totalDocs
    if (collection.versions)
      counts[`${slug} versions`] = (await payload.countVersions({ collection: slug })).totalDocs
  }
  return counts
}

const requestFor = (entry: CorpusCase) =>
  new Request(`http://localhost${entry.path}`, {
    method: entry.method,
    headers: {
      // A client address of its own, so the submit rate limit never answers for the body.
      'X-Forwarded-For': `198.51.100.${Math.floor(Math.random() * 250) + 1}`,
      ...entry.headers,
      ...(entry.asEditor ? { Authorization: `JWT ${editorToken}` } : {}),
    },
    body: entry.body,
  })

/** What is wrong with one answer, or null: a 5xx, or a refusal that was not one. */
const verdict = async (entry: CorpusCase): Promise<string | null> => {
  const response = await send(requestFor(entry))
  const { status } = response
  if (status >= 500) return `${entry.name}: ${status} ${(await response.text()).slice(0, 200)}`
  if (entry.expect === 'refusal' && (status < 400 || status >= 500))
    return `${entry.name}: ${status}, not a 4xx`
  return null
}

describe('the bad-input corpus against the route handlers', () => {
  beforeAll(async () => {
    process.env.ASSESSMENT_SUBMIT_LIMIT = '100000'
    payload = await startTestPayload('bad-input-corpus')
    await seedDemoContent({ payload })
    const session = await staffSession(payload)
    editorToken = session.tokens.editor
    const ids = {} as CorpusTargets['ids']
    for (const collection of CONTENT) {
      const { docs } = await payload.find({ collection, limit: 1, depth: 0 })
      ids[collection] = String(docs[0].id)
    }
    targets = { assessment: workInterests.slug, ids }
    send = await routeClient()
  })
  afterAll(() => stopTestPayload(payload))

  it('answers every case below 500, refuses what it must in words, and writes nothing', async () => {
    const before = await rowCounts()
    const corpus = routeCorpus(targets)
    const problems: string[] = []
    for (const entry of corpus) {
      const problem = await verdict(entry)
      if (problem) problems.push(problem)
    }
    expect(problems).toEqual([])
    expect(await rowCounts()).toEqual(before)
    expect(corpus.length).toBeGreaterThan(500)
  })
})
