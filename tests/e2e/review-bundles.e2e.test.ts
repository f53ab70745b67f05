import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launchBrowser, saveScreenshot } from '../helpers/browser'
import { httpApp, restMessage, signInToAdmin } from '../helpers/httpApp'
import { startApp, type StartedApp } from '../helpers/startedApp'

let app: StartedApp
let browser: Browser
let http: Awaited<ReturnType<typeof httpApp>>

type PageDoc = { id: string; title: string; summary: string; findings: string[] }
type Slugged = { slug: string }

const NEW_SUMMARY = 'How much BentoML weighs for this role, revised with a new study in one review round.'
const HEADLINE = '+14% models shipped'

/** A date and time as a datetime-local field takes it, in the browser's (this machine's) time zone. */
const localInput = (at: Date) => {
  const two = (n: number) => String(n).padStart(2, '0')
  return `${at.getFullYear()}-${two(at.getMonth() + 1)}-${two(at.getDate())}T${two(at.getHours())}:${two(at.getMinutes())}:${two(at.getSeconds())}`
}

/** The editor's session still holds Payload's edit lock; the next person takes the document over. */
const takeOverIfLocked = async (page: Page) => {
  const notice = page.locator('#document-locked')
  const locked = await notice.waitFor({ state: 'visible', timeout: 8000 }).then(
    () => true,
    () => false,
  )
  if (locked) await notice.getByRole('button', { name: /take over/i }).click()
}

/** Clicks a bundle or schedule button and waits for the page to come back with what it did. */
const act = async (page: Page, button: string, said: string) => {
  await Promise.all([page.waitForEvent('load'), page.locator(button).click()])
  await expect(
    page.locator('.review-action-banner--done', { hasText: said }).first().textContent(),
  ).resolves.toContain(said)
}

describe('a new finding with a new source reviewed in one round, published at a set time', () => {
  let page: PageDoc
  let sourceId: string
  let findingId: string
  let publicPath: string

  beforeAll(async () => {
    app = await startApp()
    browser = await launchBrowser()
    http = await httpApp(app)
    const list = await http.call('GET', '/api/career-skills?limit=1&depth=0&sort=title')
    page = (list.json().docs as PageDoc[])[0]
    const linked = (await http.call('GET', `/api/career-skills/${page.id}?depth=1`)).json()
    publicPath = `/careers/${(linked.career as Slugged).slug}/skills/${(linked.skill as Slugged).slug}`

    // The new source and finding are written through the API, as an editor's script or a second tab would.
    const source = await http.call('POST', '/api/sources', {
      token: http.tokens.editor,
      body: {
        title: 'Model serving in practice',
        authors: [{ name: 'Lindqvist', given: 'Maja' }],
        venue: 'Journal of Applied Machine Learning',
        year: 2025,
        url: 'https://example.org/model-serving',
        provenance: { sourceType: 'peer-reviewed', studyDesign: 'cohort' },
      },
    })
    expect(source.status, source.text).toBe(201)
    sourceId = String((source.json().doc as { id: string }).id)
    const finding = await http.call('POST', '/api/findings', {
      token: http.tokens.editor,
      body: {
        headline: HEADLINE,
        statement: 'Teams that adopted a model-serving framework shipped 14% more models a year.',
        source: sourceId,
        figures: [{ label: 'models shipped', value: 14, unit: '%' }],
        topic: 'ai-productivity',
        population: 'Machine-learning teams',
        scope: 'Forty firms over two years',
        certainty: 'low',
        limitations: 'Firms chose whether to adopt.',
      },
    })
    expect(finding.status, finding.text).toBe(201)
    findingId = String((finding.json().doc as { id: string }).id)
    const cites = await http.call('PATCH', `/api/career-skills/${page.id}`, {
      token: http.tokens.editor,
      body: { findings: [...page.findings, findingId] },
    })
    expect(cites.status, cites.text).toBe(200)
  })
  afterAll(async () => {
    await browser?.close()
    await app?.stop()
  })

  it('the finding alone is refused in words that name its draft source, with no colon for the toast to split', async () => {
    const alone = await http.call('PATCH', `/api/findings/${findingId}`, {
      token: http.tokens.editor,
      body: { stage: 'in-review' },
    })
    expect(alone.status).toBe(400)
    expect(restMessage(alone)).toContain(
      'The source “Model serving in practice” is a draft; submit it with this finding (as a bundle) or publish it first.',
    )
    expect(restMessage(alone)).not.toContain(':')
  })

  it('the editor edits the page and submits it with its two unpublished dependencies', async () => {
    const editor = await signInToAdmin({ browser, app, login: http.logins.editor })
    await editor.goto(`${app.baseUrl}/admin/collections/career-skills/${page.id}`)
    await editor.locator('#field-summary').fill(NEW_SUMMARY)
    const [saved] = await Promise.all([
      editor.waitForResponse(
        (r) => r.url().includes(`/api/career-skills/${page.id}`) && r.request().method() !== 'GET',
      ),
      editor.locator('#action-save-draft').click(),
    ])
    expect(saved.status()).toBe(200)
    await editor.reload()

    const panel = editor.locator('.bundle-panel')
    await expect(panel.textContent()).resolves.toContain('Model serving in practice')
    await expect(editor.locator('#bundle-submit').textContent()).resolves.toBe(
      'Submit with 2 unpublished dependencies',
    )
    await act(editor, '#bundle-submit', 'Submitted for review with 2 unpublished dependencies.')
    await saveScreenshot(editor, 'review-bundle-submitted')
    await editor.context().close()
  })

  it('the reviewer claims it in the queue, reads what changed, approves it and schedules the publication; it goes live on its own', async () => {
    const reviewer = await signInToAdmin({ browser, app, login: http.logins.reviewer })
    await reviewer.goto(`${app.baseUrl}/admin/review-queue`)
    const row = reviewer.locator('.review-queue__item', { hasText: page.title })
    await expect(row.textContent()).resolves.toContain('Bundle of 3 documents')
    await expect(row.textContent()).resolves.toContain('Career skill')
    await expect(row.locator('.review-queue__summary').textContent()).resolves.toBe(
      '1 field, 1 finding added; with 1 finding and 1 source not yet live',
    )
    await row.locator('.review-claim__claim').click()
    await expect(row.locator('.review-queue__claim', { hasText: 'You,' }).textContent()).resolves.toMatch(
      /You, \d+ min ago/,
    )
    await saveScreenshot(reviewer, 'review-queue-claimed')

    await row.locator('a', { hasText: page.title }).click()
    await reviewer.waitForURL(`**/admin/collections/career-skills/${page.id}`)
    await takeOverIfLocked(reviewer)
    const changed = reviewer.locator('.what-changed')
    await expect(changed.textContent()).resolves.toContain('What changed since it was published')
    await expect(changed.textContent()).resolves.toContain(`Summary changed from`)
    await expect(changed.textContent()).resolves.toContain(NEW_SUMMARY)
    await expect(changed.textContent()).resolves.toContain(`Findings added “${HEADLINE}”`)
    await expect(reviewer.locator('.claim-panel').textContent()).resolves.toContain('You claimed this')

    await act(reviewer, '#bundle-approve', 'Approved the bundle of 3 documents.')
    await takeOverIfLocked(reviewer)
    // The form takes whole seconds: the time scheduled is the one typed, without milliseconds.
    const at = new Date(Math.floor((Date.now() + 20_000) / 1000) * 1000)
    await reviewer.locator('.schedule-form__at').fill(localInput(at))
    await act(reviewer, '#schedule-publish', 'Publication scheduled.')
    await expect(reviewer.locator('.schedule-form__item').textContent()).resolves.toContain(
      'Bundle publishes at',
    )
    await saveScreenshot(reviewer, 'review-bundle-scheduled')
    await reviewer.context().close()

    const live = async () => (await http.call('GET', `/api/career-skills/${page.id}?depth=0`)).json()
    expect((await live()).summary, 'not before its time').not.toBe(NEW_SUMMARY)
    expect((await http.call('GET', `/api/findings/${findingId}`)).status).toBe(404)
    // A reader opens the page before its time, so the server holds it in its page cache.
    const reader = await browser.newPage()
    await reader.goto(`${app.baseUrl}${publicPath}`)
    await expect(reader.locator('main').textContent()).resolves.not.toContain(HEADLINE)

    // The server's cron looks for due publications every five seconds; on a loaded two-core machine a
    // run may start well after that, so the bound is generous and the delay is printed.
    const deadline = at.getTime() + 45_000
    while ((await live()).summary !== NEW_SUMMARY && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 500))
    }
    const wentLive = Date.now()
    console.log(`The bundle went live ${((wentLive - at.getTime()) / 1000).toFixed(1)} s after its time.`)
    expect((await live()).summary).toBe(NEW_SUMMARY)
    expect(wentLive).toBeGreaterThanOrEqual(at.getTime())
    expect((await live()).findings).toContain(findingId)
    expect((await http.call('GET', `/api/findings/${findingId}`)).status).toBe(200)
    expect((await http.call('GET', `/api/sources/${sourceId}`)).status).toBe(200)
    await reader.reload()
    await expect(reader.locator('main').textContent()).resolves.toContain(HEADLINE)
    await expect(reader.locator('main').textContent()).resolves.toContain('Model serving in practice')
    await saveScreenshot(reader, 'review-bundle-live-on-schedule')
    await reader.close()

    const audit = await http.call(
      'GET',
      `/api/audit-log?where[documentId][equals]=${page.id}&sort=-createdAt&limit=1&depth=0`,
      { token: http.tokens.admin },
    )
    expect(String((audit.json().docs as { summary: string }[])[0].summary)).toContain(
      'published on schedule, as scheduled by',
    )
  })
  it('the server carries out a scheduled expiry with nobody signed in, from the moment it starts', async () => {
    const at = new Date(Date.now() + 20_000)
    const scheduled = await http.call('POST', '/api/review-schedules/schedule', {
      token: http.tokens.reviewer,
      body: { collection: 'career-skills', id: page.id, action: 'unpublish', at: at.toISOString() },
    })
    expect(scheduled.status, scheduled.text).toBe(200)

    // A restart, and from then on only readers: no sign-in, no admin, no API request from anyone.
    await app.stop()
    app = await startApp({ dataDir: app.dataDir, readyPath: publicPath })
    const status = async () => (await fetch(`${app.baseUrl}${publicPath}`, { redirect: 'manual' })).status
    const deadline = Math.max(at.getTime(), Date.now()) + 30_000
    while ((await status()) === 200 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 1000))
    }
    expect(await status(), 'the page is taken down on schedule').toBe(404)
    expect(Date.now()).toBeGreaterThanOrEqual(at.getTime())
  })
})
