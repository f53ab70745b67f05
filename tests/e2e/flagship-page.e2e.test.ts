import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { flagKeysOf } from '../../lib/evidence/flags'
import { checkPages } from '../../scripts/check-pages'
import { type FlagKey, PROVENANCE_FLAGS } from '../../lib/evidence/model'
import { launchBrowser, VIEWPORTS } from '../helpers/browser'
import { startApp, type StartedApp } from '../helpers/startedApp'

let app: StartedApp
let browser: Browser
let page: Page

const FLAGSHIP = '/careers/backend-developer/skills/bentoml'

/** What the API says of a source, for the flags its citations must show. */
const sourceRecord = async (id: string) => {
  const response = await fetch(`${app.baseUrl}/api/sources/${id}?depth=0`)
  return (await response.json()) as {
    title: string
    provenance: { sourceType?: string; studyDesign?: string; conflictOfInterest?: string | null }
    verification?: { status?: string }
  }
}

/** The text a reader sees in an element (innerText: nothing hidden, nothing only in a tooltip). */
const seen = (selector: string) => page.locator(selector).first().innerText()

describe('the flagship page, BentoML for Backend Developer, as a reader sees it (`npm start`)', () => {
  beforeAll(async () => {
    app = await startApp()
    browser = await launchBrowser()
    page = await browser.newPage({ viewport: VIEWPORTS.desktop })
    await page.goto(`${app.baseUrl}${FLAGSHIP}`)
  })
  afterAll(async () => {
    await browser?.close()
    await app?.stop()
  })

  it('opens with the verdict: the importance on its scale, its basis, and that no study measures BentoML', async () => {
    const firstSection = await page.evaluate(() => document.querySelector('main section')?.id)
    expect(firstSection).toBe('verdict')
    const verdict = await seen('#verdict')
    expect(verdict).toContain('Importance: Useful')
    for (const step of ['Essential', 'Important', 'Useful', 'Marginal']) expect(verdict).toContain(step)
    expect(await seen('[data-answer-basis]')).toMatch(
      /^Indirect evidence — The cited studies measure other work or the labour market at large/,
    )
    expect(await seen('[data-no-direct-evidence]')).toBe(
      'No study cited on this page measures BentoML or backend developers, so there are no headline findings; the studies under “Context” describe other work or the labour market at large.',
    )
  })

  it('grades its certainty in words and gives the reasons for the grade', async () => {
    const grade = await seen('[data-certainty-grade]')
    expect(grade).toMatch(/^Very low — /)
    expect(await seen('#certainty-reasons')).toBe('Why the certainty is very low')
    const reasons = await page.locator('.certainty-reasons li').allInnerTexts()
    expect(reasons.length).toBeGreaterThan(0)
    expect(reasons.join(' ')).toContain(
      'Downgraded for indirectness: none of the 2 cited studies measures BentoML or backend developers.',
    )
    expect(reasons.join(' ')).toContain(
      'Downgraded for lack of peer review: Peng et al. (2023) is a preprint.',
    )
  })

  it('leads with no headline card, and puts Peng et al. and Eloundou et al. under a heading that says they are context', async () => {
    await expect(page.locator('.stat-card').count()).resolves.toBe(0)
    expect(await seen('#context h2')).toBe(
      'Context: studies that do not measure BentoML or backend developers',
    )
    const context = await seen('#context')
    expect(context).toContain('Peng')
    expect(context).toContain('Eloundou')
    expect(await seen('#findings')).toContain('No study cited here measures BentoML')
  })

  it('prints every flag in words at each citation of Peng et al. and Eloundou et al.', async () => {
    const citations = page.locator('#context [data-source-id]')
    const texts = await citations.allInnerTexts()
    const peng = texts.find((text) => text.includes('Peng'))
    const eloundou = texts.find((text) => text.includes('Eloundou'))
    expect(peng).toMatch(/Preprint/)
    expect(peng).toMatch(/Conflict of interest/)
    expect(eloundou).toMatch(/Preprint, since published in Science \(2024\)/)
    expect(eloundou).toMatch(/Conflict of interest/)
  })

  it('shows each cited source’s flags (unverified included) in text wherever it is cited, with a legend', async () => {
    const cited = page.locator('[data-source-id]')
    const count = await cited.count()
    expect(count).toBeGreaterThan(4)
    const records = new Map<string, Awaited<ReturnType<typeof sourceRecord>>>()
    const shown = new Set<FlagKey>()
    for (let index = 0; index < count; index++) {
      const citation = cited.nth(index)
      const id = (await citation.getAttribute('data-source-id'))!
      if (!records.has(id)) records.set(id, await sourceRecord(id))
      const record = records.get(id)!
      const text = await citation.innerText()
      for (const flag of flagKeysOf({ source: record })) {
        expect(text, `${record.title} cited without "${PROVENANCE_FLAGS[flag].text}"`).toContain(
          PROVENANCE_FLAGS[flag].text,
        )
        shown.add(flag)
      }
    }
    // The page cites an unverified source (the FAQ's job-postings figure) and says so where it does.
    expect(shown).toContain('unverified')
    const legend = await seen('#flag-legend')
    for (const flag of shown) expect(legend).toContain(PROVENANCE_FLAGS[flag].legend)
  })

  it('passes check:pages on the whole demo: every evidence page with its verdict, every flag at every citation', async () => {
    const result = await checkPages(app.baseUrl)
    expect(result.problems).toEqual([])
    expect(result.pages).toBeGreaterThan(20)
  })
})
