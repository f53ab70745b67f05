import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launchBrowser } from '../helpers/browser'
import { startApp, type StartedApp } from '../helpers/startedApp'
import { randomIp } from '../helpers/submitClient'

let app: StartedApp
let browser: Browser

describe('taking the work-interests assessment in Chromium', () => {
  beforeAll(async () => {
    app = await startApp()
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
    await app?.stop()
  })

  it('resumes after a reload midway and ends on a result page with a chart and cited recommendations', async () => {
    const page = await browser.newPage()
    await page.goto(`${app.baseUrl}/assessments/work-interests`)
    await page.getByText('Page 1 of 5').waitFor()
    expect(await page.title()).toBe('Work interests (RIASEC) · Career Evidence')

    const answerVisiblePage = async (label: string) => {
      const groups = page.locator('fieldset.assessment-item:visible')
      const count = await groups.count()
      for (let i = 0; i < count; i++) await groups.nth(i).getByLabel(label, { exact: true }).check()
    }

    await answerVisiblePage('Agree')
    await page.getByRole('button', { name: 'Next' }).click()
    await answerVisiblePage('Strongly agree')
    await page.getByRole('button', { name: 'Next' }).click()
    await page.getByText('Page 3 of 5 · 12 of 30 answered').waitFor()

    await page.reload()
    await page.getByText('Page 3 of 5 · 12 of 30 answered').waitFor()

    for (const label of ['Disagree', 'Neither', 'Strongly disagree']) {
      await answerVisiblePage(label)
      const next = page.getByRole('button', { name: 'Next' })
      if (await next.isVisible()) await next.click()
    }
    await page.getByRole('button', { name: 'See my results' }).click()
    await page.waitForURL(/\/assessments\/work-interests\/results\/[A-Za-z0-9_-]+$/)

    expect(await page.locator('meta[name="robots"]').getAttribute('content')).toContain('noindex')
    expect(await page.title()).toBe('Your result · Career Evidence')
    expect(await page.getByTestId('percentile-chart').locator('circle').count()).toBe(6)
    await expect(
      page.getByText('The reference sample behind these percentiles is synthetic').isVisible(),
    ).resolves.toBe(true)
    const recommendations = page.getByTestId('recommendation')
    expect(await recommendations.count()).toBe(3)
    for (let i = 0; i < 3; i++) {
      const item = recommendations.nth(i)
      expect(await item.locator('a[href^="/careers/"]').count()).toBeGreaterThan(0)
      expect(await item.locator('a[href^="/sources/"]').count()).toBe(1)
      expect(await item.textContent()).toContain('Evidence:')
    }
    expect(await page.getByRole('table').last().textContent()).toMatch(/0\.\d\d/)
  })

  it('works with JavaScript off: the plain form posts and redirects to the result', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${app.baseUrl}/assessments/bentoml-model-serving`)
    const items = page.locator('fieldset.assessment-item')
    const count = await items.count()
    expect(count).toBeGreaterThanOrEqual(8)
    for (let i = 0; i < count; i++) await items.nth(i).locator('input[type=radio]').nth(1).check()
    await page.getByRole('button', { name: 'See my results' }).click()
    await page.waitForURL(/\/assessments\/bentoml-model-serving\/results\/[A-Za-z0-9_-]+$/)
    expect(await page.getByTestId('percentile-chart').locator('circle').count()).toBe(3)
    expect(await page.getByTestId('recommendation').count()).toBeGreaterThan(0)
    await context.close()
  })

  it('counts a client who sends a fresh X-Forwarded-For on every request as one client', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 12; i++) {
      const response = await fetch(`${app.baseUrl}/api/assessments/work-interests/submit`, {
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
