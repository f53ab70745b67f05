import fs from 'node:fs'
import path from 'node:path'

import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { checkPages } from '../../scripts/check-pages'
import { launchBrowser, saveScreenshot, VIEWPORTS } from '../helpers/browser'
import { startApp, type StartedApp } from '../helpers/startedApp'

let app: StartedApp
let browser: Browser

const EVIDENCE = '/careers/backend-developer/skills/bentoml'

const reviewerToken = async (): Promise<string> => {
  const credentials = JSON.parse(fs.readFileSync(path.join(app.dataDir, 'demo-credentials.json'), 'utf8'))
  const response = await fetch(`${app.baseUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(credentials.reviewer),
  })
  return ((await response.json()) as { token: string }).token
}

describe('the public site, served by `npm start`', () => {
  beforeAll(async () => {
    app = await startApp()
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
    await app?.stop()
  })

  it('passes check:pages: no placeholder, uncited figure, missing flag or broken link on any page', async () => {
    const result = await checkPages(app.baseUrl)
    expect(result.problems).toEqual([])
    expect(result.pages).toBeGreaterThan(20)
  })

  it('shows the BentoML page for backend developers without headline cards, its studies as context references', async () => {
    // tests/e2e/flagship-page.e2e.test.ts reads this page's verdict, context and flags in detail.
    const page = await browser.newPage({ viewport: VIEWPORTS.desktop })
    await page.goto(`${app.baseUrl}${EVIDENCE}`)
    await expect(page.locator('h1').textContent()).resolves.toBe(
      'BentoML for Backend Developer: How important is it?',
    )
    await expect(page.locator('.stat-card').count()).resolves.toBe(0)
    const references = await page.locator('#references li').allTextContents()
    expect(references.some((text) => text.includes('Peng, S.') && text.includes('Preprint'))).toBe(true)
    expect(references.some((text) => text.includes('Eloundou, T.'))).toBe(true)
    await page.close()
  })

  it('paints an evidence page from one HTML response: styles inline, no stylesheet to wait for', async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS.phone })
    const page = await context.newPage()
    const requests: { type: string; url: string }[] = []
    page.on('request', (request) => requests.push({ type: request.resourceType(), url: request.url() }))
    await page.goto(`${app.baseUrl}${EVIDENCE}`)
    expect(requests.filter(({ type }) => type === 'document')).toEqual([
      { type: 'document', url: `${app.baseUrl}${EVIDENCE}` },
    ])
    expect(requests.filter(({ type }) => type === 'stylesheet')).toEqual([])
    const verdict = await page.locator('#verdict').evaluate((element) => getComputedStyle(element))
    expect(verdict.borderLeftWidth).toBe('5px')
    await context.close()
  })

  it('asks for the colour-scheme client hint on admin pages only, so a first visit is not fetched twice', async () => {
    const evidence = await fetch(`${app.baseUrl}${EVIDENCE}`)
    expect(evidence.headers.get('critical-ch')).toBeNull()
    expect(evidence.headers.get('accept-ch')).toBeNull()
    const admin = await fetch(`${app.baseUrl}/admin/login`)
    expect(admin.headers.get('critical-ch')).toBe('Sec-CH-Prefers-Color-Scheme')
  })

  it('saves screenshots of the evidence page, a career page and the hub at desktop and phone widths', async () => {
    for (const [width, viewport] of Object.entries(VIEWPORTS)) {
      const page = await browser.newPage({ viewport })
      for (const [name, url] of [
        ['evidence', EVIDENCE],
        ['career', '/careers/backend-developer'],
        ['hub', '/careers'],
      ]) {
        await page.goto(`${app.baseUrl}${url}`)
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
        expect(overflow, `${name} scrolls sideways at ${width} width`).toBeLessThanOrEqual(0)
        expect(fs.statSync(await saveScreenshot(page, `${name}-${width}`)).size).toBeGreaterThan(10_000)
      }
      await page.close()
    }
  })

  it('takes a retracted page down on the next request and shows it again once republished', async () => {
    const token = await reviewerToken()
    const api = (method: string, pathAndQuery: string, body?: unknown) =>
      fetch(`${app.baseUrl}/api${pathAndQuery}`, {
        method,
        headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
        body: body ? JSON.stringify(body) : undefined,
      })
    const career = (await (await api('GET', '/careers?where[slug][equals]=backend-developer&depth=0')).json())
      .docs[0]
    const skill = (await (await api('GET', '/skills?where[slug][equals]=bentoml&depth=0')).json()).docs[0]
    const { docs } = await (
      await api(
        'GET',
        `/career-skills?where[career][equals]=${career.id}&where[skill][equals]=${skill.id}&depth=0`,
      )
    ).json()
    const id = docs[0].id
    const page = await browser.newPage({ viewport: VIEWPORTS.desktop })

    expect((await api('PATCH', `/career-skills/${id}`, { stage: 'retracted' })).status).toBe(200)
    expect((await page.goto(`${app.baseUrl}${EVIDENCE}`))?.status()).toBe(404)

    for (const stage of ['draft', 'in-review', 'approved']) {
      expect((await api('PATCH', `/career-skills/${id}`, { stage })).status, `move to ${stage}`).toBe(200)
    }
    expect((await api('PATCH', `/career-skills/${id}`, { _status: 'published' })).status).toBe(200)
    const response = await page.goto(`${app.baseUrl}${EVIDENCE}`)
    expect(response?.status()).toBe(200)
    await expect(page.locator('#verdict [data-certainty-grade]').count()).resolves.toBe(1)
    await page.close()
  })
})
