import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { previewToken } from '../../plugins/editorial-workflow/lib/previewToken'
import { launchBrowser, saveScreenshot } from '../helpers/browser'
import { httpApp, signInToAdmin } from '../helpers/httpApp'
import { startApp, type StartedApp } from '../helpers/startedApp'

let app: StartedApp
let browser: Browser
let http: Awaited<ReturnType<typeof httpApp>>
let skillId: string
/** A second reviewer, so that the one who approves is not the one who asked for changes. */
const SECOND_REVIEWER = { email: 'second-reviewer@career-evidence.test', password: 'second-reviewer-pass-1' }

const NEW_SUMMARY = 'BentoML packages a trained model as a versioned HTTP service, edited in the review test.'
const FIXED_SUMMARY = 'BentoML packages a trained model as a versioned HTTP service for platform teams.'
const NOTE = 'Say who runs these services, not only what they are.'

/** The link the admin's Preview button gives; Payload signs with a digest of the configured secret. */
const previewLink = () => {
  const configured = fs.readFileSync(path.join(app.dataDir, 'payload-secret'), 'utf8').trim()
  const secret = crypto.createHash('sha256').update(configured).digest('hex').slice(0, 32)
  return `${app.baseUrl}/preview?collection=skills&id=${skillId}&token=${previewToken({ secret, collection: 'skills', id: skillId })}`
}

const signIn = (role: 'editor' | 'reviewer' | 'admin' | 'second reviewer') =>
  signInToAdmin({ browser, app, login: role === 'second reviewer' ? SECOND_REVIEWER : http.logins[role] })

/**
 * Opens a document; when someone else's form still holds it, takes it over as a colleague would.
 * Payload shows the lock notice once the page is hydrated, and the checklist answers only after
 * that, so the notice is looked for once the checklist has answered, however slow the machine.
 */
const openDocument = async (page: Page, collection: string, id: string) => {
  await page.goto(`${app.baseUrl}/admin/collections/${collection}/${id}`)
  await expect.poll(() => page.locator('.readiness h4').innerText(), { timeout: 60_000 }).toMatch(/✓|to fix/)
  const lockNotice = page.locator('#document-locked')
  const locked = await lockNotice.waitFor({ state: 'visible', timeout: 3000 }).then(
    () => true,
    () => false,
  )
  if (locked) {
    await lockNotice.getByRole('button', { name: /take over/i }).click()
    await lockNotice.waitFor({ state: 'hidden' })
  }
}

/** Clicks a button that saves the document and waits for the admin's own API call, returning its status. */
const clickAndSave = async (page: Page, button: string): Promise<number> => {
  const [response] = await Promise.all([
    page.waitForResponse(
      (r) => r.url().includes(`/api/skills/${skillId}`) && ['PATCH', 'POST'].includes(r.request().method()),
    ),
    page.locator(button).click(),
  ])
  return response.status()
}

/** The words beside the review actions once an action has answered. */
const outcome = async (page: Page) => {
  const banner = page.locator('.workflow-actions__outcome')
  // When it never comes, the screen shows what came instead.
  await banner.waitFor().catch(async (error: unknown) => {
    await saveScreenshot(page, 'admin-action-without-outcome')
    throw error
  })
  return (await banner.innerText()).replace(/\s+/g, ' ').trim()
}

const buttons = (page: Page) => page.locator('.workflow-actions__buttons button').allInnerTexts()

/** The stage the read-only Stage select shows, without its label and description. */
const stageShown = (page: Page) => page.locator('#field-stage .rs__single-value').innerText()

describe('a review round through the admin buttons, in the built app', () => {
  beforeAll(async () => {
    app = await startApp()
    browser = await launchBrowser()
    http = await httpApp(app)
    const found = await http.call('GET', '/api/skills?where[slug][equals]=bentoml&depth=0')
    skillId = (found.json().docs as { id: string }[])[0].id
    const created = await http.call('POST', '/api/users', {
      token: http.tokens.admin,
      body: { ...SECOND_REVIEWER, name: 'Second Reviewer', roles: ['reviewer'] },
    })
    expect(created.status).toBe(201)
  })
  afterAll(async () => {
    await browser?.close()
    await app?.stop()
  })

  it('says Career Evidence on the login page and in the titles, not Payload', async () => {
    const page = await browser.newPage()
    await page.goto(`${app.baseUrl}/admin/login`)
    expect(await page.title()).toBe('Login · Career Evidence')
    await expect(page.locator('.brand-logo').innerText()).resolves.toContain('Career Evidence')
    expect(await page.locator('body').innerText()).not.toMatch(/payload/i)
    await saveScreenshot(page, 'admin-login-branded')
    await page.close()
  })

  it('refuses an empty Save Draft on a new document in words, and stores nothing', async () => {
    const before = (
      await http.call('GET', '/api/skills?limit=1&draft=true', { token: http.tokens.editor })
    ).json()
    const page = await signIn('editor')
    await page.goto(`${app.baseUrl}/admin/collections/skills/create`)
    const [response] = await Promise.all([
      // The create itself, not the live checklist's POST to /api/skills/workflow-check.
      page.waitForResponse(
        (r) => new URL(r.url()).pathname === '/api/skills' && r.request().method() === 'POST',
      ),
      page.locator('#action-save-draft').click(),
    ])
    expect(response.status()).toBe(400)
    await expect
      .poll(() => page.locator('.payload-toast-container').innerText())
      .toContain(
        'Nothing to save yet. Fill in at least one field before saving, so that no untitled record is created.',
      )
    const after = (
      await http.call('GET', '/api/skills?limit=1&draft=true', { token: http.tokens.editor })
    ).json()
    expect(after.totalDocs).toBe(before.totalDocs)
    await page.context().close()
  })

  it('an editor edits a live skill, the checklist follows the unsaved form, and they submit it; no Publish for them', async () => {
    const page = await signIn('editor')
    await openDocument(page, 'skills', skillId)
    await expect.poll(() => page.locator('.readiness').innerText()).toContain('Readiness ✓')

    // The checklist reads the form as it stands, and each problem takes the editor to its field.
    await page.locator('#field-summary').fill('')
    await expect.poll(() => page.locator('.readiness').innerText()).toContain('The summary is empty.')
    await expect
      .poll(() => page.locator('.workflow-actions__held').innerText())
      .toContain('Save Draft first. Your edits start a new review, which you can then submit.')
    await saveScreenshot(page, 'admin-live-checklist')
    await page.locator('.readiness__go-to', { hasText: 'The summary is empty.' }).click()
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('field-summary')

    await page.locator('#field-summary').fill(NEW_SUMMARY)
    expect(await clickAndSave(page, '#action-save-draft')).toBe(200)
    await expect.poll(() => stageShown(page)).toBe('Draft')
    await expect.poll(() => page.locator('.person-field__name').innerText()).toBe('Demo Editor')
    await expect.poll(() => buttons(page)).toEqual(['Submit for review'])
    expect(await page.locator('#action-save').count()).toBe(0)

    expect(await clickAndSave(page, '#workflow-submit')).toBe(200)
    expect(await outcome(page)).toBe('Submitted for review.')
    await expect.poll(() => stageShown(page)).toBe('In review')
    await expect.poll(() => buttons(page)).toEqual([])
    await saveScreenshot(page, 'admin-editor-submitted')

    const reader = await (await fetch(`${app.baseUrl}/skills/bentoml`)).text()
    expect(reader).not.toContain(NEW_SUMMARY)
    await page.context().close()
  })

  it('a reviewer requests changes with a note, and cannot send the request without one', async () => {
    const page = await signIn('reviewer')
    await page.goto(`${app.baseUrl}/admin`)
    await page.locator('.review-queue-summary a', { hasText: 'BentoML' }).click()
    await page.waitForURL(`**/admin/collections/skills/${skillId}`)
    await openDocument(page, 'skills', skillId)

    await expect.poll(() => buttons(page)).toEqual(['Request changes', 'Approve'])
    expect(await page.locator('#action-save').count()).toBe(0)

    await page.locator('#workflow-request-changes').click()
    await page.locator('#workflow-send-request').click()
    await expect
      .poll(() => page.locator('.workflow-actions__missing').innerText())
      .toBe('Write what needs to change before sending the request.')
    expect(await stageShown(page)).toBe('In review')

    await page.locator('#workflow-review-note').fill(NOTE)
    expect(await clickAndSave(page, '#workflow-send-request')).toBe(200)
    expect(await outcome(page)).toBe('Changes requested.')
    await expect.poll(() => stageShown(page)).toBe('Changes requested')
    await saveScreenshot(page, 'admin-reviewer-requested-changes')
    await page.context().close()
  })

  it('the editor finds the request on the dashboard and on the document, fixes it and resubmits, closing it', async () => {
    const page = await signIn('editor')
    const needsChanges = page.locator('.needs-changes')
    await expect.poll(() => needsChanges.innerText()).toContain('BentoML')
    expect(await needsChanges.innerText()).toContain(NOTE)
    await saveScreenshot(page, 'admin-editor-needs-changes')

    await openDocument(page, 'skills', skillId)
    const banner = page.locator('.change-request')
    await expect.poll(() => banner.innerText()).toContain('Changes requested by Demo Reviewer')
    expect(await banner.innerText()).toContain(NOTE)
    await saveScreenshot(page, 'admin-editor-sees-note')

    await page.locator('#field-summary').fill(FIXED_SUMMARY)
    await expect.poll(() => buttons(page)).toEqual(['Submit for review'])
    expect(await clickAndSave(page, '#workflow-submit')).toBe(200)
    expect(await outcome(page)).toBe('Submitted for review.')
    await expect.poll(() => banner.count()).toBe(0)

    const stored = await http.call('GET', `/api/skills/${skillId}?draft=true&depth=0`, {
      token: http.tokens.editor,
    })
    expect(stored.json()).toMatchObject({ stage: 'in-review', reviewNote: null, summary: FIXED_SUMMARY })
    await page.context().close()
  })

  it('a second reviewer approves and publishes it with the buttons, and readers see the change', async () => {
    const page = await signIn('second reviewer')
    await openDocument(page, 'skills', skillId)
    await expect.poll(() => page.locator('.change-request').count()).toBe(0)
    await expect.poll(() => buttons(page)).toEqual(['Request changes', 'Approve'])

    expect(await clickAndSave(page, '#workflow-approve')).toBe(200)
    expect(await outcome(page)).toBe('Approved.')
    await expect.poll(() => buttons(page)).toEqual(['Request changes', 'Publish'])

    expect(await clickAndSave(page, '#workflow-publish')).toBe(200)
    expect(await outcome(page)).toBe('Published.')
    await expect.poll(() => stageShown(page)).toBe('Published')
    await saveScreenshot(page, 'admin-reviewer-published')

    await expect
      .poll(async () => (await fetch(`${app.baseUrl}/skills/bentoml`)).text(), { timeout: 5000 })
      .toContain(FIXED_SUMMARY)
    const live = (await http.call('GET', `/api/skills/${skillId}`)).json()
    expect(live).toMatchObject({ summary: FIXED_SUMMARY })
    expect(live.stage).toBeUndefined()
    await page.context().close()
  })

  it('the audit log tells the round in words: labels, filters, links to the version, and no Edit tab', async () => {
    const page = await signIn('reviewer')
    await page.goto(`${app.baseUrl}/admin/collections/audit-log`)
    await page.locator('.audit-filters a', { hasText: 'Publications only' }).click()
    await page.waitForURL(/where/)
    const row = page.locator('tr', { hasText: 'Skill “BentoML”, Approved → Published' })
    await row.waitFor()
    await saveScreenshot(page, 'admin-audit-publications')

    const entries = (
      await http.call(
        'GET',
        `/api/audit-log?where[documentId][equals]=${skillId}&sort=createdAt&limit=20&depth=0`,
        { token: http.tokens.reviewer },
      )
    ).json().docs as { id: string; to: string; note: string | null; versionId: string; user: unknown }[]
    expect(entries.map((entry) => [entry.to, entry.note ?? null])).toEqual([
      ['published', null], // the demo seed's publication, before the round
      ['draft', null],
      ['in-review', null],
      ['changes-requested', NOTE],
      ['in-review', null],
      ['approved', null],
      ['published', null],
    ])
    // Four-eyes in the record: the approval and the publication are the second reviewer's, not the asker's.
    const [, , , requested, , approved, published] = entries
    expect(approved.user).not.toBe(requested.user)
    expect(published.user).toBe(approved.user)

    await page.goto(`${app.baseUrl}/admin/collections/audit-log/${published.id}`)
    const versionLink = page.locator('.audit-links a', { hasText: 'What changed in this version' })
    expect(await versionLink.getAttribute('href')).toBe(
      `/admin/collections/skills/${skillId}/versions/${published.versionId}`,
    )
    expect(await page.locator('.doc-tabs__tabs li').count()).toBe(0)
    expect(await page.locator('#action-save, #action-save-draft').count()).toBe(0)
    await saveScreenshot(page, 'admin-audit-entry')
    await versionLink.click()
    await page.waitForURL(`**/versions/${published.versionId}`)
    // The comparison with the version before it shows what the publication changed: the stage.
    await expect
      .poll(() => page.locator('body').innerText(), { timeout: 20_000 })
      .toMatch(/Stage[\s\S]*Approved[\s\S]*Published/)
    await page.context().close()
  })

  it('a refusal appears beside the action with its reason: someone saved in between', async () => {
    const [docker] = (await http.call('GET', '/api/skills?where[slug][equals]=docker&depth=0')).json()
      .docs as {
      id: string
      summary: string
    }[]
    const patch = (role: 'editor' | 'admin', body: unknown, query = '') =>
      http.call('PATCH', `/api/skills/${docker.id}${query}`, { token: http.tokens[role], body })
    expect((await patch('editor', { summary: `${docker.summary} Edited for the refusal.` })).status).toBe(200)
    expect((await patch('editor', { stage: 'in-review' })).status).toBe(200)

    const page = await signIn('reviewer')
    await openDocument(page, 'skills', docker.id)
    await expect.poll(() => buttons(page)).toEqual(['Request changes', 'Approve'])
    expect((await patch('admin', { summary: 'Rewritten meanwhile.' }, '?overrideLock=true')).status).toBe(200)

    await page.locator('#workflow-approve').click()
    const words = await outcome(page)
    expect(words).toContain('Approve was refused. Someone saved this document after you opened it')
    expect(await page.locator('.workflow-actions__outcome').getAttribute('role')).toBe('alert')
    await saveScreenshot(page, 'admin-action-refused')
    const stored = await http.call('GET', `/api/skills/${docker.id}?draft=true&depth=0`, {
      token: http.tokens.admin,
    })
    expect(stored.json().stage).not.toBe('approved')
    await page.context().close()
  })

  it('a reviewer unpublishes with the button, after confirming: readers get a 404', async () => {
    const page = await signIn('reviewer')
    await openDocument(page, 'skills', skillId)
    await expect.poll(() => buttons(page)).toEqual(['Unpublish'])
    await page.locator('#workflow-unpublish').click()
    expect(await clickAndSave(page, '#workflow-confirm-unpublish')).toBe(200)
    expect(await outcome(page)).toBe('Unpublished.')
    await expect.poll(() => stageShown(page)).toBe('Retracted')
    await expect.poll(async () => (await fetch(`${app.baseUrl}/skills/bentoml`)).status).toBe(404)
    expect((await fetch(`${app.baseUrl}/api/skills/${skillId}`)).status).toBe(404)
    await page.context().close()
  })

  it('opens a draft preview only for a signed-in editor with a valid link', async () => {
    const link = previewLink()
    const draftCookie = (response: Response) =>
      (response.headers.get('set-cookie') ?? '').includes('__prerender_bypass')

    const forged = await fetch(link.replace(/token=[^&]+/, 'token=forged'), { redirect: 'manual' })
    expect(forged.status).toBe(400)
    const anonymous = await fetch(link, { redirect: 'manual' })
    expect(anonymous.status).toBe(403)
    expect(draftCookie(anonymous)).toBe(false)

    const editor = await fetch(link, {
      redirect: 'manual',
      headers: { Authorization: `JWT ${http.tokens.editor}` },
    })
    expect(editor.status).toBe(307)
    expect(editor.headers.get('location')).toContain('/skills/bentoml')
    expect(draftCookie(editor)).toBe(true)
  })
})
