import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launchBrowser, saveScreenshot, VIEWPORTS } from '../helpers/browser'
import { startApp, type StartedApp } from '../helpers/startedApp'

let app: StartedApp
let browser: Browser

/** From the hub, through the header's search box, to Software Developers. */
const searchAndOpenSoftwareDevelopers = async (page: Page) => {
  await page.goto(`${app.baseUrl}/careers`)
  await page.getByRole('search').first().getByRole('searchbox').fill('programmer')
  await page.getByRole('search').first().getByRole('searchbox').press('Enter')
  await page.waitForURL(/\/search\?q=programmer/)
  await expect(page.locator('[role="status"]').textContent()).resolves.toMatch(
    /careers? and \d+ skills? match/,
  )
  await page
    .locator('#career-results')
    .getByRole('link', { name: 'Software Developers', exact: true })
    .click()
  await page.waitForURL(/\/careers\/software-developers$/)
}

const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)

describe('a reader looks up an occupation by another of its titles (`npm start`, O*NET slice)', () => {
  beforeAll(async () => {
    app = await startApp()
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
    await app?.stop()
  })

  it('searches "programmer" in the header, opens Software Developers and sees its interests, technologies and the O*NET credit', async () => {
    const page = await browser.newPage({ viewport: VIEWPORTS.desktop })
    await searchAndOpenSoftwareDevelopers(page)

    await expect(page.locator('h1').textContent()).resolves.toBe('Software Developers')
    const interests = page.locator('#interests')
    await expect(interests.locator('svg[role="img"] title').textContent()).resolves.toMatch(
      /Interest profile/,
    )
    await expect(interests.textContent()).resolves.toMatch(/High-point code ICR/)
    await expect(interests.textContent()).resolves.toMatch(/Investigative \(I\)5\.86 of 7/)
    await expect(interests.locator('[data-flag="machineLearning"]').textContent()).resolves.toBe(
      'Machine-learning estimate',
    )

    // Marked technologies are grouped by their marks, each group's marks written out in its heading.
    const python = page.locator('#technologies .technology-group', {
      has: page.getByRole('link', { name: 'Python', exact: true }),
    })
    await expect(python.locator('h4 [data-mark="hot"]').textContent()).resolves.toBe('Hot')
    await expect(python.locator('h4 [data-mark="in-demand"]').textContent()).resolves.toBe('In demand')
    await expect(page.locator('#technologies .legend').textContent()).resolves.toMatch(/job postings/)

    const credit = page.locator('[data-onet-attribution]')
    await expect(credit.textContent()).resolves.toContain(
      'This page includes information from the O*NET 29.2 Database',
    )
    await expect(credit.textContent()).resolves.toContain('CC BY 4.0')
    await credit.getByRole('link').click()
    await page.waitForURL(/\/sources\//)
    await expect(page.locator('h1').textContent()).resolves.toContain('O*NET 29.2 Database')
    await page.close()
  })

  it('works without JavaScript: the search box is a plain form and the results are links', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: VIEWPORTS.desktop })
    const page = await context.newPage()
    await searchAndOpenSoftwareDevelopers(page)
    await expect(
      page.locator('#technologies [data-marks="hot and in demand"] li a').count(),
    ).resolves.toBeGreaterThan(10)
    await context.close()
  })

  it('fits a 390 px phone screen: no sideways scrolling, long lists opened too', async () => {
    const page = await browser.newPage({ viewport: VIEWPORTS.phone })
    for (const path of [
      '/careers/software-developers',
      '/careers/backend-developer',
      '/search?q=programmer',
      '/careers/families/15',
      '/skills/python',
    ]) {
      await page.goto(`${app.baseUrl}${path}`)
      for (const details of await page.locator('details').all()) await details.locator('summary').click()
      expect(await overflow(page), `${path} scrolls sideways at 390 px`).toBeLessThanOrEqual(0)
    }
    await page.goto(`${app.baseUrl}/careers/software-developers`)
    await saveScreenshot(page, 'occupation-phone')
    await page.close()
  })

  it('serves a sitemap index of files, keeps search results out of it, and tells robots so', async () => {
    const index = await (await fetch(`${app.baseUrl}/sitemap.xml`)).text()
    expect(index).toContain('<sitemapindex')
    expect(index).toMatch(/sitemaps\/careers-1\.xml/)
    const careers = await (await fetch(`${app.baseUrl}/sitemaps/careers-1.xml`)).text()
    expect(careers).toContain('/careers/software-developers</loc>')
    expect(await (await fetch(`${app.baseUrl}/robots.txt`)).text()).toMatch(/Sitemap: .*\/sitemap\.xml/)
    const search = await (await fetch(`${app.baseUrl}/search?q=nurse`)).text()
    expect(search).toMatch(/<meta name="robots" content="noindex, follow"/)
    expect((await fetch(`${app.baseUrl}/sitemaps/careers-99.xml`)).status).toBe(404)
  })
})
