import type { CollectionSlug, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { checkDocumentReadiness } from '../../lib/readiness/loadForReadiness'
import { runImport } from '../../lib/onet/import/runImport'
import { readRelease } from '../../lib/onet/release/readRelease'
import { seedDemoContent } from '../../seed/index'
import { linkCuratedCareers } from '../../seed/steps/linkCuratedCareers'
import { SLICE_RELEASE } from '../helpers/onetRelease'
import { startTestPayload, stopTestPayload } from '../helpers/testPayload'

const CONTENT: CollectionSlug[] = ['sources', 'findings', 'careers', 'skills', 'career-skills', 'faqs']

let payload: Payload

describe('readiness of the demo content', () => {
  beforeAll(async () => {
    payload = await startTestPayload('readiness')
    await seedDemoContent({ payload })
    // As the demo starts: ratings resting on O*NET facts are checked against the imported occupation.
    await runImport({ payload, release: await readRelease({ folder: SLICE_RELEASE }), mode: 'trusted' })
    await linkCuratedCareers(payload)
  })
  afterAll(() => stopTestPayload(payload))

  it.each(CONTENT)('every published %s passes its readiness check', async (collection) => {
    const { docs } = await payload.find({ collection, depth: 0, limit: 500, pagination: false })
    expect(docs.length).toBeGreaterThan(0)
    for (const doc of docs) {
      const result = await checkDocumentReadiness({
        payload,
        collection,
        data: doc as unknown as Record<string, unknown>,
      })
      expect(result.issues, `${collection} ${doc.id}`).toEqual([])
    }
  })

  it('fails a page whose headline finding is still a draft, naming it and saying how to get it live', async () => {
    const page = (await payload.find({ collection: 'career-skills', limit: 1, depth: 0 })).docs[0]
    const draft = await payload.create({
      collection: 'findings',
      data: {
        headline: '+5% in a draft',
        statement: 'A draft finding.',
        source: (await payload.find({ collection: 'sources', limit: 1 })).docs[0].id,
        figures: [{ label: 'change', value: 5, unit: '%' }],
        topic: 'ai-productivity',
        population: 'x',
        scope: 'y',
        certainty: 'low',
        limitations: 'z',
        _status: 'draft',
      },
    })
    const result = await checkDocumentReadiness({
      payload,
      collection: 'career-skills',
      data: { ...page, headlineFindings: [draft.id, ...(page.headlineFindings ?? []).slice(1)] },
    })
    expect(result.ready).toBe(false)
    expect(result.issues).toContainEqual({
      path: 'headlineFindings.0',
      message:
        'The finding “+5% in a draft” is a draft; submit it with this page (as a bundle) or publish it first.',
    })
    expect(result.issues.map((issue) => issue.message)).not.toContain('A cited finding is missing.')

    const asBundle = await checkDocumentReadiness({
      payload,
      collection: 'career-skills',
      data: { ...page, headlineFindings: [draft.id, ...(page.headlineFindings ?? []).slice(1)] },
      bundle: [{ collection: 'findings', id: draft.id }],
    })
    expect(asBundle.issues).toEqual([])
  })
})
