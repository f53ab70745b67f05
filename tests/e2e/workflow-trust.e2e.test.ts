import fs from 'node:fs'
import path from 'node:path'

import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launchBrowser, saveScreenshot } from '../helpers/browser'
import { startApp, type StartedApp } from '../helpers/startedApp'

type Role = 'editor' | 'reviewer' | 'admin'
type Login = { email: string; password: string }

let app: StartedApp
let browser: Browser
let logins: Record<Role, Login>
const tokens = {} as Record<Role, string>
let skills: { id: string; name: string; summary: string }[]

/** The built app, over HTTP, as a browser or a script would call it. */
const call = async (
  method: string,
  route: string,
  { token, body }: { token?: string; body?: unknown } = {},
) => {
  const response = await fetch(`${app.baseUrl}${route}`, {
    method,
    redirect: 'manual',
    headers: {
      'Content-Type': 'application/json',
      ...(token ? { Authorization: `JWT ${token}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await response.text()
  return { status: response.status, text, json: () => JSON.parse(text) as Record<string, unknown> }
}
const graphql = (query: string, token?: string) => call('POST', '/api/graphql', { token, body: { query } })

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

/** Saves the draft from the admin form and returns the status of the admin's own API call. */
const saveDraft = async (page: Page, id: string) => {
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.url().includes(`/api/skills/${id}`) && r.request().method() !== 'GET'),
    page.locator('#action-save-draft').click(),
  ])
  return response.status()
}

describe('review rules and refusals in the built app', () => {
  beforeAll(async () => {
    app = await startApp()
    browser = await launchBrowser()
    logins = JSON.parse(fs.readFileSync(path.join(app.dataDir, 'demo-credentials.json'), 'utf8'))
    for (const role of ['editor', 'reviewer', 'admin'] as const) {
      tokens[role] = String((await call('POST', '/api/users/login', { body: logins[role] })).json().token)
    }
    const list = await call('GET', '/api/skills?limit=6&depth=0&sort=name')
    skills = list.json().docs as typeof skills
  })
  afterAll(async () => {
    await browser?.close()
    await app?.stop()
  })

  it("an editor's restore keeps the live page; GraphQL says why it will not restore onto it", async () => {
    const skill = skills[0]
    expect((await call('PATCH', `/api/skills/${skill.id}`, { token: tokens.editor, body: {} })).status).toBe(
      200,
    )
    const versions = await call(
      'GET',
      `/api/skills/versions?where[parent][equals]=${skill.id}&sort=-updatedAt`,
      {
        token: tokens.editor,
      },
    )
    const newest = String((versions.json().docs as { id: string }[])[0].id)

    const rest = await call('POST', `/api/skills/versions/${newest}?draft=false`, { token: tokens.editor })
    expect(rest.status).toBe(200)
    expect((await call('GET', `/api/skills/${skill.id}`)).status).toBe(200)

    const refused = await graphql(
      `mutation { restoreVersionSkill(id: "${newest}", draft: false) { id } }`,
      tokens.editor,
    )
    expect(refused.text).toContain('A restored version comes back as a draft for review')
    expect((await call('GET', `/api/skills/${skill.id}`)).status).toBe(200)
  })

  it("the admin's Restore button makes an editor's restore a draft; readers keep the live page", async () => {
    const skill = skills[5]
    const versions = await call(
      'GET',
      `/api/skills/versions?where[parent][equals]=${skill.id}&sort=-updatedAt`,
      {
        token: tokens.editor,
      },
    )
    const published = String((versions.json().docs as { id: string }[])[0].id)
    await call('PATCH', `/api/skills/${skill.id}`, {
      token: tokens.editor,
      body: { summary: 'A newer draft.' },
    })

    const page = await signIn(logins.editor)
    await page.goto(`${app.baseUrl}/admin/collections/skills/${skill.id}/versions/${published}`)
    await page.getByRole('button', { name: 'Restore this version' }).click()
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url().includes(`/api/skills/versions/${published}`)),
      page.locator('#confirm-action').click(),
    ])
    expect(response.status()).toBe(200)
    const live = await call('GET', `/api/skills/${skill.id}`)
    expect(live.status).toBe(200)
    expect(live.json().summary).toBe(skill.summary)
    const newest = await call('GET', `/api/skills/${skill.id}?draft=true`, { token: tokens.editor })
    expect(newest.json()).toMatchObject({ _status: 'draft', summary: skill.summary })
    await page.context().close()
  })

  it('refuses editors bulk edits and deletes in words', async () => {
    const skill = skills[1]
    const bulk = await call('PATCH', `/api/skills?where[id][equals]=${skill.id}`, {
      token: tokens.editor,
      body: { summary: 'A bulk edit.' },
    })
    expect(bulk.status).toBe(403)
    expect(bulk.text).toContain('Editors change one document at a time')

    const remove = await call('DELETE', `/api/skills/${skill.id}`, { token: tokens.editor })
    expect(remove.status).toBe(403)
    expect(remove.text).toContain('Only reviewers and admins delete content')
    expect((await call('GET', `/api/skills/${skill.id}`)).status).toBe(200)
  })

  it('refuses a save based on an older version with 409 and says what to do', async () => {
    const skill = skills[2]
    const opened = await call('GET', `/api/skills/${skill.id}?draft=true`, { token: tokens.editor })
    const loadedAt = opened.json().updatedAt
    await call('PATCH', `/api/skills/${skill.id}`, {
      token: tokens.reviewer,
      body: { summary: 'Reviewer first.' },
    })
    const late = await call('PATCH', `/api/skills/${skill.id}`, {
      token: tokens.editor,
      body: { summary: 'Editor later.', updatedAt: loadedAt },
    })
    expect(late.status).toBe(409)
    expect(late.text).toContain('Nothing was saved. Reload the page to see their changes')
  })

  it('shows readers no review notes, and refuses their queries into staff accounts', async () => {
    const skill = skills[3]
    const live = await call('GET', `/api/skills/${skill.id}`)
    expect(live.status).toBe(200)
    for (const field of ['stage', 'reviewNote', 'changedBy']) expect(live.json()).not.toHaveProperty(field)

    const oracle = await call('GET', '/api/sources?where[verification.checkedBy.sessions.id][exists]=true')
    expect(oracle.status).toBe(400)
    expect(oracle.text).toContain('cannot be queried')
    const viaGraphQL = await graphql('{ Sources(where: { changedBy: { exists: true } }) { totalDocs } }')
    expect(viaGraphQL.text).toContain('cannot be queried')
  })

  it('leaves preview only for a path on this site', async () => {
    for (const escape of ['/%5Cevil.example', '//evil.example', '/%09/evil.example']) {
      const response = await call('GET', `/preview/exit?path=${escape}`)
      expect(response.status).toBeGreaterThanOrEqual(300)
      expect(response.status).toBeLessThan(400)
      const location = new URL(String(await locationOf(`/preview/exit?path=${escape}`)), app.baseUrl)
      expect(location.origin, escape).toBe(new URL(app.baseUrl).origin)
    }
    const back = await locationOf('/preview/exit?path=/skills/bentoml')
    expect(new URL(String(back), app.baseUrl).pathname).toBe('/skills/bentoml')
  })

  it('gives an unknown e-mail the same answer as a wrong password', async () => {
    const unknown = await call('POST', '/api/users/login', {
      body: { email: 'nobody@career-evidence.test', password: 'wrong-password' },
    })
    const wrong = await call('POST', '/api/users/login', {
      body: { email: logins.admin.email, password: 'wrong-password' },
    })
    expect(unknown.status).toBe(wrong.status)
    expect(unknown.text).toBe(wrong.text)
  })

  it("names the person holding a document's lock, and a stale admin save is refused in words", async () => {
    const skill = skills[4]
    const editor = await signIn(logins.editor)
    await editor.goto(`${app.baseUrl}/admin/collections/skills/${skill.id}`)
    await editor.locator('#field-summary').fill(`${skill.summary} Edited by the editor.`)
    await editor.waitForTimeout(1500)

    const reviewer = await signIn(logins.reviewer)
    await reviewer.goto(`${app.baseUrl}/admin/collections/skills/${skill.id}`)
    const notice = reviewer.locator('#document-locked')
    await notice.waitFor({ state: 'visible', timeout: 15_000 })
    await expect.poll(() => notice.textContent()).toContain('Demo Editor')
    const me = (await call('GET', '/api/users/me', { token: tokens.editor })).json() as {
      user: { id: string }
    }
    const editorId = me.user.id
    expect(await notice.textContent()).not.toContain(editorId)
    await saveScreenshot(reviewer, 'admin-lock-names-holder')
    await reviewer.context().close()

    expect(await saveDraft(editor, skill.id)).toBe(200)
    await editor.locator('#field-summary').fill(`${skill.summary} Saved twice from one form.`)
    expect(await saveDraft(editor, skill.id)).toBe(200)

    await call('PATCH', `/api/skills/${skill.id}?overrideLock=true`, {
      token: tokens.reviewer,
      body: { summary: 'The reviewer saved in between.' },
    })
    await editor.locator('#field-summary').fill(`${skill.summary} Based on an old version.`)
    expect(await saveDraft(editor, skill.id)).toBe(409)
    await expect
      .poll(() => editor.locator('.payload-toast-container').textContent())
      .toContain('Someone saved this document after you opened it, so this save would undo their work.')
    await saveScreenshot(editor, 'admin-stale-save-refused')
    const newest = await call('GET', `/api/skills/${skill.id}?draft=true`, { token: tokens.editor })
    expect(newest.json().summary).toBe('The reviewer saved in between.')
    await editor.context().close()
  })
})

/** Where a redirect points, without following it. */
const locationOf = async (route: string) =>
  (await fetch(`${app.baseUrl}${route}`, { redirect: 'manual' })).headers.get('location')
