import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { ordinal } from '../../lib/assessment/format/ordinal'
import { launchBrowser, saveScreenshot, VIEWPORTS } from '../helpers/browser'
import { startApp, type StartedApp } from '../helpers/startedApp'
import { randomIp } from '../helpers/submitClient'

let app: StartedApp
let browser: Browser

const TAKE = '/assessments/work-interests'
const RESULT_URL = /\/assessments\/work-interests\/results\/[A-Za-z0-9_-]+$/

const AGREEMENT = ['Strongly disagree', 'Disagree', 'Neither', 'Agree', 'Strongly agree']

/** Chooses an answer on every question of the page shown (the enhanced form shows one group). */
const answerVisible = async (page: Page, choose: (key: string) => string) => {
  const items = page.locator('fieldset.assessment-item:visible')
  const count = await items.count()
  for (let i = 0; i < count; i++) {
    const item = items.nth(i)
    const key = (await item.locator('input[type=radio]').first().getAttribute('name'))!.slice(
      'answer.'.length,
    )
    await item.getByLabel(choose(key), { exact: true }).check()
  }
}

/**
 * How an investigative, conventional person answers: strongly agreeing with the statements about
 * analysing and about order and procedure, neutral about hands-on work, strongly disagreeing with the
 * rest; the statements worded against a type (the fifth of each) the other way round.
 */
const INVESTIGATIVE_CONVENTIONAL = (key: string) => {
  const agreement = { i: 5, c: 5, r: 3 }[key[0]] ?? 1
  return AGREEMENT[(key.endsWith('5') ? 6 - agreement : agreement) - 1]
}

/** Nothing on the page is wider than the window: no sideways scrolling. */
const overflow = (page: Page) =>
  page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }))

const takeAsInvestigativeConventional = async (page: Page) => {
  await page.goto(`${app.baseUrl}${TAKE}`)
  await page.getByText('Page 1 of 5').waitFor()
  for (let step = 0; step < 5; step++) {
    await answerVisible(page, INVESTIGATIVE_CONVENTIONAL)
    const next = page.getByRole('button', { name: 'Next' })
    if (await next.isVisible()) await next.click()
  }
  await page.getByRole('button', { name: 'See my results' }).click()
  await page.waitForURL(RESULT_URL)
}

describe('taking the assessments in Chromium', () => {
  beforeAll(async () => {
    app = await startApp()
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
    await app?.stop()
  })

  it('a reader who answers as an investigative, conventional person gets distinct, explained O*NET matches with citations about fit, readable on a phone', async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS.phone, locale: 'en-US', isMobile: true })
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    const page = await context.newPage()
    await takeAsInvestigativeConventional(page)
    await saveScreenshot(page, 'assessment-result-phone')

    // The reading comes first, in plain words.
    const firstSection = page.locator('article.assessment-result > section').first()
    expect(await firstSection.locator('h2').textContent()).toBe('What your answers say')
    expect(await page.getByTestId('profile-reading').textContent()).toContain(
      'Your strongest interests are Investigative and Conventional',
    )

    // Distinct occupations, each with why it fits, its career page and its cited, flagged data.
    const matches = page.getByTestId('occupation-match')
    const count = await matches.count()
    expect(count).toBeGreaterThanOrEqual(5)
    const titles = await matches.locator('h3').allTextContents()
    expect(new Set(titles).size).toBe(count)
    expect(titles.slice(0, 5)).toEqual(
      expect.arrayContaining(['Software Developers', 'Computer Systems Analysts']),
    )
    for (let i = 0; i < count; i++) {
      const match = matches.nth(i)
      const text = (await match.textContent()) ?? ''
      expect(text).toMatch(/Your order I=C-R; .+ profile [RIASEC](-[RIASEC])*\./)
      expect(text).toMatch(/The two profiles correlate at r = /)
      expect(text).toContain('Machine-learning estimate')
      expect(await match.locator('h3 a[href^="/careers/"]').count()).toBe(1)
      expect(await match.locator('a[href^="/sources/"]').textContent()).toBe('O*NET 29.2 Database')
    }
    expect(await page.locator('body').textContent()).not.toMatch(/job growth|median pay|AI exposure/i)

    // Readable on a phone: nothing sideways at 390 or 320 px, chart text at least 12 px, tables as cards.
    expect((await overflow(page)).scrollWidth).toBeLessThanOrEqual(VIEWPORTS.phone.width)
    const sizes = await page
      .locator('.percentile-chart__label, .percentile-chart__value, .percentile-chart__scale span')
      .evaluateAll((nodes) => nodes.map((node) => parseFloat(getComputedStyle(node).fontSize)))
    expect(sizes.length).toBeGreaterThan(12)
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12)
    expect(
      await page
        .locator('.assessment-table tr')
        .first()
        .evaluate((row) => getComputedStyle(row).display),
    ).toBe('block')
    await page.setViewportSize({ width: 320, height: 700 })
    const narrow = await overflow(page)
    expect(narrow.scrollWidth).toBeLessThanOrEqual(narrow.innerWidth)

    // Ordinals and the reader's locale.
    const written = [...(await page.locator('article').innerText()).matchAll(/\b(\d+)(st|nd|rd|th)\b/g)]
    expect(written.length).toBeGreaterThan(12)
    for (const [text, number] of written) expect(text).toBe(ordinal(Number(number)))
    expect(await page.locator('.assessment-kicker time').textContent()).toMatch(
      /^[A-Z][a-z]+ \d{1,2}, \d{4} at \d{2}:\d{2} (AM|PM) UTC$/,
    )

    // The reader can keep it: a link to copy, and a print view without the site's chrome.
    const address = await page.locator('#result-link').inputValue()
    expect(address).toBe(page.url())
    await page.getByRole('button', { name: 'Copy link' }).click()
    await page.getByText('Link copied.').waitFor()
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url())
    await page.emulateMedia({ media: 'print' })
    expect(await page.locator('.site-header').isVisible()).toBe(false)
    expect(await page.locator('.site-footer').isVisible()).toBe(false)
    expect(await page.getByTestId('percentile-chart').isVisible()).toBe(true)
    expect(await page.locator('.percentile-chart__dot').count()).toBe(6)
    await context.close()
  })

  it('keeps answers through a reload, says it is resuming, offers to start over, and clears its reminder once answered', async () => {
    const context: BrowserContext = await browser.newContext({ viewport: VIEWPORTS.phone })
    const page = await context.newPage()
    await page.goto(`${app.baseUrl}${TAKE}`)
    await page.getByText('Page 1 of 5').waitFor()
    expect(await page.title()).toBe('Work interests (RIASEC) · Career Evidence')

    // One row of five on a phone, not 2 + 2 + 1.
    const tops = await page
      .locator('fieldset.assessment-item:visible')
      .first()
      .locator('.likert-scale label')
      .evaluateAll((labels) => labels.map((label) => Math.round(label.getBoundingClientRect().top)))
    expect(tops).toHaveLength(5)
    expect(new Set(tops).size).toBe(1)
    expect((await overflow(page)).scrollWidth).toBeLessThanOrEqual(VIEWPORTS.phone.width)

    const items = page.locator('fieldset.assessment-item:visible')
    for (let i = 0; i < 2; i++) await items.nth(i).getByLabel('Agree', { exact: true }).check()
    await page.getByRole('button', { name: 'Next' }).click()
    const alert = page.locator('p.assessment-error[role="alert"]')
    expect(await alert.textContent()).toBe('Please answer every question on this page (4 left).')
    expect(await page.locator('.assessment-item--missing').count()).toBe(4)
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe(
      await items.nth(2).locator('input').first().getAttribute('name'),
    )
    await items.nth(2).getByLabel('Agree', { exact: true }).check()
    expect(await alert.textContent()).toBe('Please answer every question on this page (3 left).')
    for (let i = 3; i < 6; i++) await items.nth(i).getByLabel('Agree', { exact: true }).check()
    expect(await alert.count()).toBe(0)
    expect(await page.locator('.assessment-item--missing').count()).toBe(0)
    await page.getByRole('button', { name: 'Next' }).click()
    await answerVisible(page, () => 'Strongly agree')
    await page.getByRole('button', { name: 'Next' }).click()
    await page.getByText('Page 3 of 5 · 12 of 30 answered').waitFor()

    await page.reload()
    await page.getByText('Page 3 of 5 · 12 of 30 answered').waitFor()
    expect(await page.getByRole('status').first().textContent()).toContain(
      'Resuming where you left off: 12 of 30 answers were kept in this browser.',
    )
    await page.getByRole('button', { name: 'Start over' }).click()
    await page.getByText('Page 1 of 5 · 0 of 30 answered').waitFor()
    expect(await page.getByText('Resuming where you left off').count()).toBe(0)
    await page.reload()
    await page.getByText('Page 1 of 5 · 0 of 30 answered').waitFor()
    expect(await page.getByText('Resuming where you left off').count()).toBe(0)
    await context.close()
  })

  it('without JavaScript, a refused form comes back with every answer given and the missing questions named by their text', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: VIEWPORTS.phone })
    const page = await context.newPage()
    await page.goto(`${app.baseUrl}${TAKE}`)
    const items = page.locator('fieldset.assessment-item')
    expect(await items.count()).toBe(30)
    for (let i = 0; i < 26; i++) await items.nth(i).locator('input[type=radio]').nth(3).check()
    await items.nth(0).locator('input[type=radio]').nth(4).check()
    const missing = await Promise.all([26, 27, 28].map((i) => items.nth(i).locator('legend').textContent()))
    // The browser would stop an incomplete form itself; a server-side refusal is what is tested here.
    await page.evaluate(() =>
      document.querySelectorAll('input[required]').forEach((input) => input.removeAttribute('required')),
    )
    await page.getByRole('button', { name: 'See my results' }).click()
    await page.waitForLoadState('load')

    expect(page.url()).toBe(`${app.baseUrl}${TAKE}`)
    const message = (await page.locator('p.assessment-error[role="alert"]').textContent()) ?? ''
    expect(message).toBe(
      `Please answer every question (4 left): “${missing[0]}”, “${missing[1]}”, “${missing[2]}” and 1 more.`,
    )
    expect(message).not.toMatch(/answers\.|\b[riasec]\d\b/)
    expect(await page.locator('input[type=radio]:checked').count()).toBe(26)
    expect(await items.nth(0).locator('input[type=radio]').nth(4).isChecked()).toBe(true)
    expect(await page.locator('.assessment-item--missing').count()).toBe(4)
    expect(
      await page.evaluate(() =>
        document.activeElement?.closest('fieldset')?.classList.contains('assessment-item--missing'),
      ),
    ).toBe(true)

    // Answering the rest and sending again gets the result.
    for (let i = 26; i < 30; i++) await items.nth(i).locator('input[type=radio]').nth(1).check()
    await page.getByRole('button', { name: 'See my results' }).click()
    await page.waitForURL(RESULT_URL)
    expect(await page.getByTestId('occupation-match').count()).toBeGreaterThan(0)
    await context.close()
  })

  it('without JavaScript, a skill-level result shows the level with its definition, the note typed, and advice only where it applies', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${app.baseUrl}/assessments/bentoml-model-serving`)
    const items = page.locator('fieldset.assessment-item')
    const count = await items.count()
    expect(count).toBeGreaterThanOrEqual(8)
    // Practitioner answers everywhere but Operations, where the reader is a beginner.
    for (let i = 0; i < count; i++) {
      const item = items.nth(i)
      const rubric = (await item.getAttribute('class'))!.includes('rubric')
      const operations = i >= 8
      await item
        .locator('input[type=radio]')
        .nth(rubric ? (operations ? 0 : 2) : 3)
        .check()
    }
    await page
      .locator('textarea[name="evidence.p3"]')
      .fill('Packaged our churn model; the image runs in staging.')
    await page.getByRole('button', { name: 'See my results' }).click()
    await page.waitForURL(/\/assessments\/bentoml-model-serving\/results\/[A-Za-z0-9_-]+$/)

    expect(await page.getByTestId('skill-level').textContent()).toContain('Your overall level: Practitioner')
    expect(await page.locator('#level-packaging').textContent()).toBe('Packaging: practitioner')
    expect(await page.locator('#level-operations').textContent()).toBe('Operations: beginner')
    expect(await page.getByTestId('evidence-note').textContent()).toBe(
      'Your note: Packaged our churn model; the image runs in staging.',
    )
    const advice = page.getByTestId('recommendation')
    expect(await advice.count()).toBe(1)
    expect(
      await page
        .locator('section[aria-labelledby="level-operations"] [data-testid="recommendation"]')
        .count(),
    ).toBe(1)
    expect(await advice.locator('a[href^="/sources/"]').count()).toBe(1)
    expect(await page.locator('article').textContent()).not.toMatch(/of 1\.00–4\.50/)
    await context.close()
  })

  it('shows a retake what changed since the earlier attempt', async () => {
    const send = async (answers: Record<string, number>, retakeOf?: string) => {
      const response = await fetch(`${app.baseUrl}/api/assessments/work-interests/submit`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': randomIp() },
        body: JSON.stringify({
          answers,
          idempotencyKey: crypto.randomUUID(),
          ...(retakeOf ? { retakeOf } : {}),
        }),
      })
      expect(response.status).toBe(201)
      return (await response.json()) as { id: string; resultUrl: string }
    }
    const keys = ['r', 'i', 'a', 's', 'e', 'c'].flatMap((type) => [1, 2, 3, 4, 5].map((n) => `${type}${n}`))
    const first = await send(Object.fromEntries(keys.map((key) => [key, 3])))
    const retake = await send(
      Object.fromEntries(keys.map((key) => [key, key.startsWith('i') && key !== 'i5' ? 5 : 3])),
      first.id,
    )
    const page = await browser.newPage()
    await page.goto(`${app.baseUrl}${retake.resultUrl}`)
    const change = page.getByTestId('retake-change')
    expect(await change.textContent()).toContain('Investigative')
    expect(await change.textContent()).toContain('Agreement with the statements: 3.00 → 4.60 (+1.60)')
    await page.close()
  })

  it('says a result address that matches nothing has no result, not that a page was taken down', async () => {
    const page = await browser.newPage()
    const response = await page.goto(`${app.baseUrl}${TAKE}/results/AAAAAAAAAAAAAAAAAAAAAAAA`)
    expect(response?.status()).toBe(404)
    await page.getByRole('heading', { name: 'No result at this address' }).waitFor()
    expect(await page.locator('main').innerText()).not.toContain('taken down for review')
    expect(await page.title()).not.toMatch(/Career Evidence · Career Evidence/)
    await page.close()
  })

  it('is findable: an index linked from the header, and every assessment in the sitemap', async () => {
    const page = await browser.newPage()
    await page.goto(`${app.baseUrl}/careers`)
    await page.locator('.site-header').getByRole('link', { name: 'Assessments' }).click()
    await page.waitForURL(`${app.baseUrl}/assessments`)
    expect(await page.title()).toBe('Assessments · Career Evidence')
    const links = await page
      .locator('main h2 a')
      .evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')))
    expect(links.sort()).toEqual(['/assessments/bentoml-model-serving', '/assessments/work-interests'])
    await page.close()
    const sitemap = await (await fetch(`${app.baseUrl}/sitemaps/site.xml`)).text()
    for (const path of ['/assessments', '/assessments/work-interests', '/assessments/bentoml-model-serving'])
      expect(sitemap).toContain(`${path}</loc>`)
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
