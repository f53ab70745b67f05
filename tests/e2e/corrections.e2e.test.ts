import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { allShowWithin, readersOn, workflowClient } from '../helpers/publishing'
import { startApp, type StartedApp } from '../helpers/startedApp'

let app: StartedApp
let workflow: Awaited<ReturnType<typeof workflowClient>>
let pageId: string
let original: string
let urls: Record<'evidence' | 'career' | 'skill' | 'source' | 'hub' | 'sitemap', string>
let stopReaders: () => Promise<void>

const EVIDENCE = '/careers/frontend-developer/skills/typescript'
const ADDED = 'A correction test added this sentence and withdraws it again.'
/** Publish, correction and retraction each reach every affected URL within this. */
const LIMIT_MS = 2000

const withSummary = (summary: string) => ({ collection: 'career-skills', id: pageId, data: { summary } })

describe('publishing, correcting and unpublishing reach readers of the built app within two seconds', () => {
  beforeAll(async () => {
    app = await startApp()
    workflow = await workflowClient(app)
    const found = await fetch(
      `${app.baseUrl}/api/career-skills?where[title][equals]=TypeScript for Frontend Developer&depth=0`,
    )
    const page = ((await found.json()) as { docs: { id: string; summary: string }[] }).docs[0]
    pageId = page.id
    original = page.summary
    const html = await (await fetch(`${app.baseUrl}${EVIDENCE}`)).text()
    // A source page that lists this evidence page with its summary: a study the page cites, not the
    // O*NET release a rating rests on (its page lists no evidence pages).
    let source: string | undefined
    for (const [, href] of html.matchAll(/href="(\/sources\/[^"]+)"/g)) {
      if ((await (await fetch(`${app.baseUrl}${href}`)).text()).includes(original)) {
        source = href
        break
      }
    }
    if (!source) throw new Error('no source page of the evidence page lists it with its summary')
    urls = {
      evidence: `${app.baseUrl}${EVIDENCE}`,
      career: `${app.baseUrl}/careers/frontend-developer`,
      skill: `${app.baseUrl}/skills/typescript`,
      source: `${app.baseUrl}${source}`,
      hub: `${app.baseUrl}/careers`,
      sitemap: `${app.baseUrl}/sitemaps/evidence-1.xml`,
    }
    // Readers keep reading throughout: a render in flight while a publish commits is what went stale.
    stopReaders = readersOn(Object.values(urls))
  })
  afterAll(async () => {
    await stopReaders?.()
    await app?.stop()
  })

  const showingSummary = (summary: string) =>
    (['evidence', 'career', 'skill', 'source'] as const).map((name) => ({
      url: urls[name],
      shows: (status: number, body: string) => status === 200 && body.includes(summary),
    }))

  it('a published change shows on the evidence, career, skill and source pages', async () => {
    await workflow.publish(withSummary(`${original} ${ADDED}`))
    expect(await allShowWithin(showingSummary(ADDED), LIMIT_MS)).toBeLessThanOrEqual(LIMIT_MS)
  })

  it('a correction withdrawing it reaches the same pages, and stays', async () => {
    await workflow.publish(withSummary(original))
    const corrected = showingSummary(original).map(({ url }) => ({
      url,
      shows: (status: number, body: string) => status === 200 && !body.includes(ADDED),
    }))
    expect(await allShowWithin(corrected, LIMIT_MS)).toBeLessThanOrEqual(LIMIT_MS)
  })

  it('unpublishing takes the page down and out of every list, the hub and the sitemap', async () => {
    await workflow.unpublish({ collection: 'career-skills', id: pageId })
    const gone = (status: number, body: string) => status === 200 && !body.includes(EVIDENCE)
    expect(
      await allShowWithin(
        [
          { url: urls.evidence, shows: (status) => status === 404 },
          ...(['career', 'skill', 'source', 'hub', 'sitemap'] as const).map((name) => ({
            url: urls[name],
            shows: gone,
          })),
        ],
        LIMIT_MS,
      ),
    ).toBeLessThanOrEqual(LIMIT_MS)
  })
})
