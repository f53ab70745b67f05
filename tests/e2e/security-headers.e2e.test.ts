import type { Browser, BrowserContext } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launchBrowser } from '../helpers/browser'
import { demoLogins } from '../helpers/publishing'
import { startApp, type StartedApp } from '../helpers/startedApp'

let app: StartedApp
let browser: Browser

/**
 * A browser context that records every Content-Security-Policy violation: the DOM event from each
 * page, and Chromium's console message (which also covers what the event cannot, e.g. blocked eval).
 */
const watchedContext = async (): Promise<{ context: BrowserContext; violations: string[] }> => {
  const violations: string[] = []
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } })
  await context.exposeBinding('reportCspViolation', (_source, text: string) => violations.push(text))
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { reportCspViolation: (text: string) => void }).reportCspViolation
      report(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'} on ${location.pathname}`)
    })
  })
  context.on('console', (message) => {
    if (/Content[- ]Security[- ]Policy|Refused to/i.test(message.text())) violations.push(message.text())
  })
  return { context, violations }
}

describe('security headers and a Content-Security-Policy the whole app works under', () => {
  beforeAll(async () => {
    app = await startApp()
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
    await app?.stop()
  })

  it('sends the security headers on public pages, the admin, the APIs, static files and 404s', async () => {
    const evidence = '/careers/backend-developer/skills/bentoml'
    const html = await (await fetch(`${app.baseUrl}${evidence}`)).text()
    const script = html.match(/src="(\/_next\/static\/[^"]+\.js)"/)?.[1]
    const paths = [
      '/careers',
      evidence,
      '/assessments/work-interests',
      '/sitemap.xml',
      '/no-such-page',
      '/admin/login',
      '/api/careers?limit=1',
      '/api/graphql',
      script,
    ]
    for (const path of paths) {
      const response = await fetch(`${app.baseUrl}${path}`)
      const headers = response.headers
      expect(headers.get('content-security-policy'), path).toContain("frame-ancestors 'self'")
      expect(headers.get('content-security-policy'), path).toContain("object-src 'none'")
      expect(headers.get('x-content-type-options'), path).toBe('nosniff')
      expect(headers.get('referrer-policy'), path).toBe('strict-origin-when-cross-origin')
      expect(headers.get('permissions-policy'), path).toContain('camera=()')
      expect(headers.get('x-frame-options'), path).toBe('SAMEORIGIN')
    }
  })

  it('an editor signs in to the admin and saves an edit with no CSP violation', async () => {
    const { context, violations } = await watchedContext()
    const page = await context.newPage()
    const { editor } = demoLogins(app.dataDir)
    await page.goto(`${app.baseUrl}/admin/login`)
    await page.fill('#field-email', editor.email)
    await page.fill('#field-password', editor.password)
    await page.click('button[type="submit"]')
    await page.waitForURL((url) => !url.pathname.endsWith('/login'))

    const skills = await fetch(`${app.baseUrl}/api/skills?where[slug][equals]=bentoml&depth=0`)
    const { id } = ((await skills.json()) as { docs: { id: string }[] }).docs[0]
    await page.goto(`${app.baseUrl}/admin/collections/skills/${id}`)
    await page.locator('#field-summary').fill('BentoML turns a trained model into a versioned service.')
    const [saved] = await Promise.all([
      page.waitForResponse((r) => r.url().includes(`/api/skills/${id}`) && r.request().method() !== 'GET'),
      page.locator('#action-save-draft').click(),
    ])
    expect(saved.status()).toBe(200)
    await page.goto(`${app.baseUrl}/admin/collections/career-skills`)
    await page.locator('table').first().waitFor()
    expect(violations).toEqual([])
    await context.close()
  })

  it('readers browse the public pages and take an assessment with no CSP violation', async () => {
    const { context, violations } = await watchedContext()
    const page = await context.newPage()
    for (const path of [
      '/careers',
      '/careers/backend-developer',
      '/careers/backend-developer/skills/bentoml',
    ]) {
      await page.goto(`${app.baseUrl}${path}`)
      await page.locator('h1').waitFor()
    }
    await page.goto(`${app.baseUrl}/assessments/work-interests`)
    await page.getByText('Page 1 of 5').waitFor()
    for (let group = 0; group < 5; group++) {
      const items = page.locator('fieldset.assessment-item:visible')
      const count = await items.count()
      for (let i = 0; i < count; i++) await items.nth(i).getByLabel('Agree', { exact: true }).check()
      const next = page.getByRole('button', { name: 'Next' })
      if (await next.isVisible()) await next.click()
    }
    await page.getByRole('button', { name: 'See my results' }).click()
    await page.waitForURL(/\/results\/[A-Za-z0-9_-]+$/)
    await page.getByTestId('percentile-chart').waitFor()
    expect(violations).toEqual([])
    await context.close()
  })
})
