import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { previewToken } from '../../plugins/editorial-workflow/lib/previewToken'
import { launchBrowser, saveScreenshot } from '../helpers/browser'
import { startApp, type StartedApp } from '../helpers/startedApp'

type Login = { email: string; password: string }

let app: StartedApp
let browser: Browser
let logins: Record<'editor' | 'reviewer' | 'admin', Login>
let skillId: string

/** The link the admin's Preview button gives; Payload signs with a digest of the configured secret. */
const previewLink = () => {
  const configured = fs.readFileSync(path.join(app.dataDir, 'payload-secret'), 'utf8').trim()
  const secret = crypto.createHash('sha256').update(configured).digest('hex').slice(0, 32)
  return `${app.baseUrl}/preview?collection=skills&id=${skillId}&token=${previewToken({ secret, collection: 'skills', id: skillId })}`
}

const NEW_SUMMARY = 'BentoML packages a trained model as a versioned HTTP service, edited in the review test.'

const signIn = async (login: Login): Promise<Page> => {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } })
  const page = await context.newPage()
  await page.goto(`${app.baseUrl}/admin/login`)
  await page.fill('#field-email', login.email)
  await page.fill('#field-password', login.password)
  await page.click('button[type="submit"]')
  await page.waitForURL((url) => !url.pathname.endsWith('/login'))
  return page
}

const chooseStage = async (page: Page, label: string) => {
  await page.locator('#field-stage').click()
  await page.locator('.rs__option', { hasText: label }).click()
}

/** Clicks a save button and waits for the admin's own API call, returning its status. */
const clickAndSave = async (page: Page, button: string): Promise<number> => {
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.url().includes(`/api/skills/${skillId}`) && r.request().method() !== 'GET'),
    page.locator(button).click(),
  ])
  return response.status()
}
const saveDraft = (page: Page) => clickAndSave(page, '#action-save-draft')

describe('review workflow in the admin panel', () => {
  beforeAll(async () => {
    app = await startApp()
    browser = await launchBrowser()
    logins = JSON.parse(fs.readFileSync(path.join(app.dataDir, 'demo-credentials.json'), 'utf8'))
    const response = await fetch(`${app.baseUrl}/api/skills?where[slug][equals]=bentoml&depth=0`)
    skillId = ((await response.json()) as { docs: { id: string }[] }).docs[0].id
  })
  afterAll(async () => {
    await browser?.close()
    await app?.stop()
  })

  it('an editor edits a live skill, sees the readiness checklist, and submits it; there is no Publish button', async () => {
    const page = await signIn(logins.editor)
    await page.goto(`${app.baseUrl}/admin/collections/skills/${skillId}`)
    await page.locator('#field-summary').fill(NEW_SUMMARY)
    expect(await saveDraft(page)).toBe(200)

    await page.reload()
    await expect(page.locator('.readiness').textContent()).resolves.toContain('Readiness ✓')
    expect(await page.locator('#action-save').count()).toBe(0)

    await chooseStage(page, 'In review')
    expect(await saveDraft(page)).toBe(200)
    await saveScreenshot(page, 'admin-editor-submitted')

    await page.goto(previewLink())
    await page.waitForURL('**/skills/bentoml')
    await expect(page.locator('body').textContent()).resolves.toContain(NEW_SUMMARY)
    await expect(page.locator('.preview-banner').textContent()).resolves.toContain(
      'previewing unpublished drafts',
    )
    const reader = await (await fetch(`${app.baseUrl}/skills/bentoml`)).text()
    expect(reader).not.toContain(NEW_SUMMARY)

    const live = await (await fetch(`${app.baseUrl}/api/skills/${skillId}`)).json()
    expect(live.summary).not.toBe(NEW_SUMMARY)
    await page.context().close()
  })

  it('a reviewer lands on the queue, approves the skill from it, publishes it, and readers see the change', async () => {
    const page = await signIn(logins.reviewer)
    await page.goto(`${app.baseUrl}/admin`)
    const queue = page.locator('.review-queue-summary')
    await expect(queue.textContent()).resolves.toContain('BentoML')
    await saveScreenshot(page, 'admin-reviewer-queue')

    await queue.locator('a', { hasText: 'BentoML' }).click()
    await page.waitForURL(`**/admin/collections/skills/${skillId}`)
    // The editor's session still holds Payload's edit lock; a reviewer takes the document over.
    const lockNotice = page.locator('#document-locked')
    const locked = await lockNotice.waitFor({ state: 'visible', timeout: 8000 }).then(
      () => true,
      () => false,
    )
    if (locked) await lockNotice.getByRole('button', { name: /take over/i }).click()
    await chooseStage(page, 'Approved')
    expect(await saveDraft(page)).toBe(200)
    await page.reload()
    expect(await clickAndSave(page, '#action-save')).toBe(200)

    const live = await (await fetch(`${app.baseUrl}/api/skills/${skillId}`)).json()
    expect(live).toMatchObject({ summary: NEW_SUMMARY })
    expect(live.stage).toBeUndefined()

    const publicPage = await browser.newPage()
    await publicPage.goto(`${app.baseUrl}/skills/bentoml`)
    await expect(publicPage.locator('body').textContent()).resolves.toContain(NEW_SUMMARY)
    await page.context().close()
  })

  it('a reviewer unpublishes from the admin, which retracts the page: readers get a 404', async () => {
    const page = await signIn(logins.reviewer)
    await page.goto(`${app.baseUrl}/admin/collections/skills/${skillId}`)
    await page.locator('.doc-controls__dots').click()
    await page.locator('#action-unpublish').click()
    const [response] = await Promise.all([
      page.waitForResponse(
        (r) => r.url().includes(`/api/skills/${skillId}`) && r.request().method() === 'PATCH',
      ),
      page.locator('#confirm-un-publish-' + skillId + ' button', { hasText: /confirm/i }).click(),
    ])
    expect(response.status()).toBe(200)
    expect((await fetch(`${app.baseUrl}/skills/bentoml`)).status).toBe(404)
    const live = await fetch(`${app.baseUrl}/api/skills/${skillId}`)
    expect(live.status).toBe(404)
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

    const login = await fetch(`${app.baseUrl}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(logins.editor),
    })
    const { token } = (await login.json()) as { token: string }
    const editor = await fetch(link, { redirect: 'manual', headers: { Authorization: `JWT ${token}` } })
    expect(editor.status).toBe(307)
    expect(editor.headers.get('location')).toContain('/skills/bentoml')
    expect(draftCookie(editor)).toBe(true)
  })
})
