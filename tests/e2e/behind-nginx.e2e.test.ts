import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { previewToken } from '../../plugins/editorial-workflow/lib/previewToken'
import { pageCopiesFolder, startPrivateNginx, type PrivateNginx } from '../../scripts/lib/privateNginx'
import { securityHeaders } from '../../server/securityHeaders'
import { launchBrowser } from '../helpers/browser'
import { allShowWithin, readersOn, workflowClient } from '../helpers/publishing'
import { startApp, type StartedApp } from '../helpers/startedApp'
import { randomIp } from '../helpers/submitClient'

let app: StartedApp
let nginx: PrivateNginx
let browser: Browser
let pageCopies: string

const TAKE = '/assessments/work-interests'
const EVIDENCE = '/careers/frontend-developer/skills/typescript'

const keyIn = (html: string) => html.match(/name="idempotencyKey" value="([^"]*)"/)?.[1] ?? null
const RESULT_URL = /\/assessments\/work-interests\/results\/[A-Za-z0-9_-]+$/

/**
 * A reader with JavaScript off, through nginx: opens the take page in a browser of their own and sends
 * the plain form (which posts to the page's server function) with every answer at `option` (0-4).
 */
const noScriptVisit = async () => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto(`${nginx.url}${TAKE}`)
  const key = await page.locator('input[name="idempotencyKey"]').inputValue()
  return {
    key,
    close: () => context.close(),
    submit: async ({ option, idempotencyKey = key }: { option: number; idempotencyKey?: string }) => {
      await page.goto(`${nginx.url}${TAKE}`)
      const items = page.locator('fieldset.assessment-item')
      for (let i = 0; i < (await items.count()); i++) {
        await items.nth(i).locator('input[type=radio]').nth(option).check()
      }
      // Playwright's own scripts still run with the page's JavaScript off: the key is set as a
      // reader replaying another visitor's form would send it.
      await page.evaluate((value) => {
        document.querySelector<HTMLInputElement>('input[name="idempotencyKey"]')!.value = value
      }, idempotencyKey)
      // The post is a navigation whether it ends on the result or comes back to the take page.
      const posted = page.waitForEvent('framenavigated', (frame) => frame === page.mainFrame())
      await page.getByRole('button', { name: 'See my results' }).click()
      await posted
      await page.waitForLoadState('load')
      const alert = page.locator('p.assessment-error[role="alert"]')
      return {
        url: new URL(page.url()).pathname,
        refusal: (await alert.count()) ? ((await alert.textContent()) ?? '') : null,
      }
    },
  }
}

/**
 * Reads each URL until nginx serves it from the app's copy on disk, which the app writes once the page
 * has rendered and been stored: on a loaded machine, seconds after the first reader asked for it.
 */
const servedAsCopies = async (urls: string[]) => {
  for (const url of urls) {
    let response = await fetch(url)
    for (let tries = 0; response.headers.get('x-cache-status') !== 'COPY' && tries < 100; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 100))
      response = await fetch(url)
    }
    expect(response.headers.get('x-cache-status'), url).toBe('COPY')
  }
}

describe('the app behind the shipped nginx config (deploy/nginx)', () => {
  beforeAll(async () => {
    pageCopies = pageCopiesFolder()
    app = await startApp({ env: { TRUSTED_PROXY_HOPS: '1', PAGE_MIRROR_DIR: pageCopies } })
    nginx = await startPrivateNginx({ upstream: new URL(app.baseUrl).host, pageCopies })
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
    await nginx?.stop()
    await app?.stop()
    if (pageCopies) fs.rmSync(path.dirname(pageCopies), { recursive: true, force: true })
  })

  it('serves a published page from the app’s copy on disk once rendered, as the app would serve it', async () => {
    const html = await (await fetch(`${nginx.url}${EVIDENCE}`)).text()
    await servedAsCopies([`${nginx.url}${EVIDENCE}`])
    const again = await fetch(`${nginx.url}${EVIDENCE}`)
    expect(again.status).toBe(200)
    expect(again.headers.get('x-cache-status')).toBe('COPY')
    expect(await again.text()).toBe(html)
    expect(again.headers.get('content-type')).toBe('text/html; charset=utf-8')
    for (const { key, value } of securityHeaders({ dev: false })) {
      expect(again.headers.get(key), key).toBe(value)
    }
    // A browser checks back each time; an unchanged copy is a 304.
    const revalidated = await fetch(`${nginx.url}${EVIDENCE}`, {
      headers: { 'If-None-Match': again.headers.get('etag') ?? '' },
    })
    expect(revalidated.status).toBe(304)
  })

  it('sends client-side navigation and query strings to the app, through the micro-cache', async () => {
    await fetch(`${nginx.url}${EVIDENCE}`)
    const navigation = await fetch(`${nginx.url}${EVIDENCE}`, { headers: { RSC: '1' } })
    expect(navigation.status).toBe(200)
    expect(navigation.headers.get('content-type')).toContain('text/x-component')
    expect(navigation.headers.get('x-cache-status')).not.toBe('COPY')
    const withQuery = await fetch(`${nginx.url}${EVIDENCE}?utm_source=bench`)
    expect(withQuery.headers.get('x-cache-status')).not.toBe('COPY')
  })

  describe('corrections', () => {
    it('a publish, its correction and an unpublish each reach readers through nginx within three seconds', async () => {
      const workflow = await workflowClient({ baseUrl: nginx.url, dataDir: app.dataDir })
      const found = await fetch(
        `${nginx.url}/api/career-skills?where[title][equals]=TypeScript for Frontend Developer&depth=0`,
      )
      const page = ((await found.json()) as { docs: { id: string; summary: string }[] }).docs[0]
      const pages = [EVIDENCE, '/careers/frontend-developer', '/skills/typescript'].map(
        (p) => `${nginx.url}${p}`,
      )
      const stopReaders = readersOn(pages)
      // Each page is on disk before the change, so what is proved is that its copy goes stale no more.
      await servedAsCopies(pages)
      const added = 'Seen through nginx, then withdrawn.'
      const withSummary = (summary: string) => ({
        collection: 'career-skills',
        id: page.id,
        data: { summary },
      })
      try {
        await workflow.publish(withSummary(`${page.summary} ${added}`))
        await allShowWithin(
          pages.map((url) => ({ url, shows: (status, body) => status === 200 && body.includes(added) })),
          3000,
        )
        await workflow.publish(withSummary(page.summary))
        await allShowWithin(
          pages.map((url) => ({ url, shows: (status, body) => status === 200 && !body.includes(added) })),
          3000,
        )
        await workflow.unpublish({ collection: 'career-skills', id: page.id })
        await allShowWithin(
          [
            { url: pages[0], shows: (status) => status === 404 },
            ...pages.slice(1).map((url) => ({
              url,
              shows: (status: number, body: string) => status === 200 && !body.includes(EVIDENCE),
            })),
          ],
          3000,
        )
      } finally {
        await stopReaders()
      }
    })
  })

  describe('assessments: no reader is given another reader’s key or result', () => {
    it('gives every visit to the take page its own key, and never stores it or a result', async () => {
      const responses = await Promise.all(Array.from({ length: 20 }, () => fetch(`${nginx.url}${TAKE}`)))
      const keys = await Promise.all(responses.map(async (response) => keyIn(await response.text())))
      expect(new Set(keys).size).toBe(20)
      for (const response of responses) {
        expect(response.headers.get('cache-control')).toContain('no-store')
        expect(response.headers.get('x-cache-status')).not.toBe('HIT')
      }
    })

    it('sends B to B’s own result, and refuses A’s key with B’s answers instead of showing A’s result', async () => {
      const a = await noScriptVisit()
      const b = await noScriptVisit()
      expect(b.key).not.toBe(a.key)

      const first = await a.submit({ option: 3 })
      expect(first.refusal).toBeNull()
      expect(first.url).toMatch(RESULT_URL)

      const withAKey = await b.submit({ option: 1, idempotencyKey: a.key })
      expect(withAKey.url).toBe(TAKE)
      expect(withAKey.refusal).toContain('already used to send other answers, so nothing was saved')

      const own = await b.submit({ option: 1 })
      expect(own.url).toMatch(RESULT_URL)
      expect(own.url).not.toBe(first.url)

      // A pressing Submit twice still lands on A’s one result.
      expect((await a.submit({ option: 3 })).url).toBe(first.url)
      await Promise.all([a.close(), b.close()])

      const result = await fetch(`${nginx.url}${first.url}`)
      const repeat = await fetch(`${nginx.url}${first.url}`)
      expect(result.headers.get('cache-control')).toContain('no-store')
      expect(repeat.headers.get('x-cache-status')).not.toBe('HIT')
    })

    it('in the browser, two visitors’ forms carry different keys minted in their own browsers', async () => {
      const keys: string[] = []
      for (let visitor = 0; visitor < 2; visitor++) {
        const context = await browser.newContext()
        const page = await context.newPage()
        await page.goto(`${nginx.url}${TAKE}`)
        await page.getByText('Page 1 of 5').waitFor()
        keys.push(await page.locator('input[name="idempotencyKey"]').inputValue())
        await context.close()
      }
      expect(keys[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
      expect(keys[1]).not.toBe(keys[0])
    })
  })

  describe('cookies', () => {
    it('readers with a stray or forged login cookie, or signed in but not previewing, share the cache', async () => {
      const workflow = await workflowClient({ baseUrl: nginx.url, dataDir: app.dataDir })
      for (const cookie of ['payload-token=forged', `payload-token=${workflow.tokens.reviewer}`]) {
        await fetch(`${nginx.url}/skills/bentoml`, { headers: { Cookie: cookie } })
        const again = await fetch(`${nginx.url}/skills/bentoml`, { headers: { Cookie: cookie } })
        expect(again.headers.get('x-cache-status')).toMatch(/COPY|HIT|UPDATING|STALE/)
      }
    })

    it('an editor previewing a draft sees it, uncached, while readers keep the published page', async () => {
      const workflow = await workflowClient({ baseUrl: nginx.url, dataDir: app.dataDir })
      const skill = await fetch(`${nginx.url}/api/skills?where[slug][equals]=bentoml&depth=0`)
      const { id } = ((await skill.json()) as { docs: { id: string }[] }).docs[0]
      const draft = 'A draft summary only the editorial team may see.'
      await fetch(`${nginx.url}/api/skills/${id}`, {
        method: 'PATCH',
        headers: { 'Content-Type': 'application/json', Authorization: `JWT ${workflow.tokens.editor}` },
        body: JSON.stringify({ summary: draft }),
      })
      const configured = fs.readFileSync(path.join(app.dataDir, 'payload-secret'), 'utf8').trim()
      const secret = crypto.createHash('sha256').update(configured).digest('hex').slice(0, 32)
      const token = previewToken({ secret, collection: 'skills', id })
      const login = `payload-token=${workflow.tokens.editor}`
      const opened = await fetch(`${nginx.url}/preview?collection=skills&id=${id}&token=${token}`, {
        headers: { Cookie: login },
        redirect: 'manual',
      })
      const bypass = (opened.headers.get('set-cookie') ?? '').match(/__prerender_bypass=[^;]+/)?.[0]
      expect(bypass).toBeDefined()

      for (let visit = 0; visit < 2; visit++) {
        const preview = await fetch(`${nginx.url}/skills/bentoml`, {
          headers: { Cookie: `${bypass}; ${login}` },
        })
        expect(await preview.text()).toContain(draft)
        expect(preview.headers.get('x-cache-status')).not.toMatch(/COPY|HIT/)
      }
      const reader = await fetch(`${nginx.url}/skills/bentoml`, {
        headers: { Cookie: 'payload-token=forged' },
      })
      expect(await reader.text()).not.toContain(draft)
      // A forged preview cookie shows nothing more, and the app clears it: that browser shares the cache again.
      const forged = await fetch(`${nginx.url}/skills/bentoml`, {
        headers: { Cookie: `__prerender_bypass=forged; ${login}` },
      })
      expect(await forged.text()).not.toContain(draft)
      expect(forged.headers.get('set-cookie')).toMatch(/__prerender_bypass=;/)
    })
  })

  // Last: a source's retraction sends every published page citing it back to review.
  describe('retractions', () => {
    it('a source’s retraction reaches every page citing it through nginx within three seconds', async () => {
      const workflow = await workflowClient({ baseUrl: nginx.url, dataDir: app.dataDir })
      const citing = `${nginx.url}/careers/backend-developer/skills/bentoml`
      const sourcePath = (await (await fetch(citing)).text()).match(/href="(\/sources\/[^"]+)"/)?.[1]
      if (!sourcePath) throw new Error('the evidence page cites no source')
      const pages = [citing, `${nginx.url}${sourcePath}`]
      const stopReaders = readersOn(pages)
      await servedAsCopies(pages)
      const note = 'Withdrawn by its authors; seen through nginx.'
      try {
        await workflow.publish({
          collection: 'sources',
          id: sourcePath.split('/').at(-1)!,
          data: { verification: { status: 'retracted', note } },
        })
        await allShowWithin(
          pages.map((url) => ({ url, shows: (status, body) => status === 200 && body.includes(note) })),
          3000,
        )
      } finally {
        await stopReaders()
      }
    })
  })

  it('counts a reader who sends a fresh X-Forwarded-For on every request as one client', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 12; i++) {
      const response = await fetch(`${nginx.url}/api/assessments/work-interests/submit`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': randomIp() },
        body: '{',
      })
      statuses.push(response.status)
    }
    expect(statuses.filter((status) => status !== 429).length).toBeLessThanOrEqual(10)
    expect(statuses.at(-1)).toBe(429)
  })
})
