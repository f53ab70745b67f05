import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launchBrowser, saveScreenshot } from '../helpers/browser'
import { type HttpAnswer, httpApp, restMessage, signInToAdmin } from '../helpers/httpApp'
import { startApp, type StartedApp } from '../helpers/startedApp'

let app: StartedApp
let browser: Browser
let http: Awaited<ReturnType<typeof httpApp>>
let skills: { id: string; name: string; summary: string }[]

const UNKNOWN = 'An unknown error occurred.'

/** A refusal as the built app sends it: its status, and its words in place of Payload's fallback. */
const expectRefusal = (answer: HttpAnswer, status: number, words: string) => {
  expect(answer.status).toBe(status)
  expect(restMessage(answer)).not.toBe(UNKNOWN)
  expect(restMessage(answer)).toContain(words)
}

const patch = (role: 'editor' | 'reviewer', route: string, body: unknown) =>
  http.call('PATCH', route, { token: http.tokens[role], body })

const graphqlMessage = async (mutation: string, role: 'editor' | 'reviewer') => {
  const answer = await http.graphql(`mutation { ${mutation} { id } }`, http.tokens[role])
  return String((answer.json().errors as { message: string }[] | undefined)?.[0]?.message ?? '')
}

/** Saves the admin form and returns the admin's own API answer and the toast the person reads. */
const saveInAdmin = async (page: Page, button: string) => {
  const [response] = await Promise.all([
    page.waitForResponse(
      (r) => r.url().includes('/api/') && ['PATCH', 'POST'].includes(r.request().method()),
    ),
    page.locator(button).click(),
  ])
  const toast = page.locator('.payload-toast-container li').last()
  await toast.waitFor({ timeout: 15_000 })
  return { status: response.status(), toast: (await toast.innerText()).replace(/\s+/g, ' ') }
}

describe('every refusal reaches the person in words, in the built app', () => {
  beforeAll(async () => {
    app = await startApp()
    browser = await launchBrowser()
    http = await httpApp(app)
    skills = (
      await http.call('GET', '/api/skills?depth=0&sort=name&where[slug][in]=docker,git,python,react,sql')
    ).json().docs as typeof skills
  })
  afterAll(async () => {
    await browser?.close()
    await app?.stop()
  })

  it('an editor who publishes or approves is told why, over REST and GraphQL', async () => {
    const route = `/api/skills/${skills[0].id}`
    const publishing = await patch('editor', route, { _status: 'published' })
    expectRefusal(publishing, 403, 'Editors cannot publish')
    const approving = await patch('editor', route, { stage: 'approved' })
    expect(approving.status).toBeGreaterThanOrEqual(400)
    expect(approving.status).toBeLessThan(500)
    expect(restMessage(approving)).not.toBe(UNKNOWN)
    expect(
      await graphqlMessage(`updateSkill(id: "${skills[0].id}", data: { _status: published })`, 'editor'),
    ).toBe(restMessage(publishing))
  })

  it('a reviewer who publishes an in-review page, or requests changes without a note, is told why', async () => {
    const route = `/api/skills/${skills[1].id}`
    expect(
      (await patch('editor', route, { summary: `${skills[1].summary} Edited for the refusal test.` })).status,
    ).toBe(200)
    expect((await patch('editor', route, { stage: 'in-review' })).status).toBe(200)

    const publishing = await patch('reviewer', route, { _status: 'published' })
    expectRefusal(publishing, 403, 'Only an approved version can be published')
    const noNote = await patch('reviewer', route, { stage: 'changes-requested' })
    expectRefusal(noNote, 400, 'Write a review note')
    expect(
      await graphqlMessage(
        `updateSkill(id: "${skills[1].id}", data: { stage: changes_requested })`,
        'reviewer',
      ),
    ).toBe(restMessage(noNote))
  })

  it('a reviewer who approves what they edited is told about four-eyes', async () => {
    const route = `/api/skills/${skills[2].id}`
    expect(
      (await patch('reviewer', route, { summary: `${skills[2].summary} Edited by the reviewer.` })).status,
    ).toBe(200)
    expect((await patch('reviewer', route, { stage: 'in-review' })).status).toBe(200)
    expectRefusal(await patch('reviewer', route, { stage: 'approved' }), 403, 'Four-eyes rule')
  })

  it('an FAQ quoting an uncited number is refused at submit, with the number quoted', async () => {
    const [faq] = (await http.call('GET', '/api/faqs?limit=1&depth=0')).json().docs as {
      id: string
      answer: string
    }[]
    const route = `/api/faqs/${faq.id}`
    expect((await patch('editor', route, { answer: `${faq.answer} It cut mis-hires by 63%.` })).status).toBe(
      200,
    )
    expectRefusal(await patch('editor', route, { stage: 'in-review' }), 400, '63')
  })

  it('a finding whose source is still a draft is refused at submit in words, and the admin checklist says so before Submit', async () => {
    const [{ topic }] = (await http.call('GET', '/api/findings?limit=1&depth=0')).json().docs as {
      topic: string
    }[]
    const source = await http.call('POST', '/api/sources', {
      token: http.tokens.editor,
      body: {
        title: 'A working paper entered for the refusal test',
        authors: [{ name: 'Tester' }],
        venue: 'Test Institute',
        year: 2025,
        url: 'https://example.org/working-paper',
        provenance: { sourceType: 'preprint', studyDesign: 'cohort' },
      },
    })
    expect(source.status).toBe(201)
    const sourceId = String((source.json().doc as { id: string }).id)
    const finding = await http.call('POST', '/api/findings', {
      token: http.tokens.editor,
      body: {
        headline: '+12% retention',
        statement: 'Retention rose by 12% in the test cohort.',
        source: sourceId,
        figures: [{ label: 'Retention', value: 12, unit: '%' }],
        topic,
        population: 'Test cohort',
        scope: 'One firm',
        certainty: 'low',
        limitations: 'A single test cohort.',
      },
    })
    expect(finding.status).toBe(201)
    const findingId = String((finding.json().doc as { id: string }).id)
    const submitting = await patch('editor', `/api/findings/${findingId}`, { stage: 'in-review' })
    expect(submitting.status).toBe(400)
    const words = restMessage(submitting)
    expect(words).not.toBe(UNKNOWN)
    expect(words).toMatch(/source/i)

    // The admin says it before anyone presses a button: the checklist names the problem and the
    // Submit action is held back, with the reason, instead of failing.
    const page = await signInToAdmin({ browser, app, login: http.logins.editor })
    await page.goto(`${app.baseUrl}/admin/collections/findings/${findingId}`)
    await expect
      .poll(() => page.locator('.readiness').innerText())
      .toContain('is a draft; submit it with this finding (as a bundle) or publish it first.')
    await expect
      .poll(() => page.locator('.workflow-actions__held').innerText())
      .toContain('Fix the problem in the readiness checklist to submit for review.')
    expect(await page.locator('#workflow-submit').count()).toBe(0)
    await saveScreenshot(page, 'admin-refusal-before-submit')
    await page.context().close()
  })

  it('the Stage cannot be typed into: it is read-only, and a Save Draft keeps the stage without a message about it', async () => {
    const page = await signInToAdmin({ browser, app, login: http.logins.editor })
    await page.goto(`${app.baseUrl}/admin/collections/skills/${skills[3].id}`)
    await expect.poll(() => page.locator('#field-stage .rs__control--is-disabled').count()).toBe(1)
    await page.locator('#field-summary').fill(`${skills[3].summary} Saved as a draft.`)
    const saved = await saveInAdmin(page, '#action-save-draft')
    expect(saved.toast).not.toContain('The following field is invalid')
    expect(saved.status).toBe(200)
    const stored = await http.call('GET', `/api/skills/${skills[3].id}?draft=true&depth=0`, {
      token: http.tokens.editor,
    })
    expect(stored.json().stage).toBe('draft')
    await page.context().close()
  })
})
