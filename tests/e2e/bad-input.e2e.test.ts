import fs from 'node:fs'
import path from 'node:path'

import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { REQUEST_LIMITS } from '../../plugins/request-limits'
import {
  CONTENT,
  type CorpusCase,
  type CorpusTargets,
  previewCorpus,
  routeCorpus,
} from '../helpers/badInputCorpus'
import { launchBrowser, saveScreenshot } from '../helpers/browser'
import { startApp, type StartedApp } from '../helpers/startedApp'

type Login = { email: string; password: string }

let app: StartedApp
let browser: Browser
let logins: Record<'editor' | 'reviewer' | 'admin', Login>
const tokens = {} as Record<'editor' | 'admin', string>

const COUNTED = [...CONTENT, 'assessments', 'assessment-responses', 'audit-log', 'users'] as const
const VERSIONED = new Set<string>([...CONTENT, 'assessments'])

const api = async (pathAndQuery: string, token?: string) => {
  const response = await fetch(`${app.baseUrl}/api${pathAndQuery}`, {
    headers: token ? { Authorization: `JWT ${token}` } : {},
  })
  return (await response.json()) as { totalDocs: number; docs: { id: string }[] }
}

/** Every stored row an admin can count over REST, documents and versions. */
const rowCounts = async () => {
  const counts: Record<string, number> = {}
  for (const collection of COUNTED) {
    counts[collection] = (await api(`/${collection}?limit=1&depth=0`, tokens.admin)).totalDocs
    if (VERSIONED.has(collection))
      counts[`${collection} versions`] = (
        await api(`/${collection}/versions?limit=1&depth=0`, tokens.admin)
      ).totalDocs
  }
  return counts
}

const send = (entry: CorpusCase) =>
  fetch(`${app.baseUrl}${entry.path}`, {
    method: entry.method,
    redirect: 'manual',
    headers: { ...entry.headers, ...(entry.asEditor ? { Authorization: `JWT ${tokens.editor}` } : {}) },
    body: entry.body,
  })

const verdict = async (entry: CorpusCase): Promise<string | null> => {
  const response = await send(entry)
  const { status } = response
  const text = await response.text()
  if (status >= 500) return `${entry.name}: ${status} ${text.slice(0, 200)}`
  if (entry.expect === 'refusal' && status < 400) return `${entry.name}: ${status}, not a 4xx`
  return null
}

type Timed = { label: string; status: number; ms: number; bytes: number }

const timed = async (label: string, request: () => Promise<Response>): Promise<Timed> => {
  const started = performance.now()
  const response = await request()
  const bytes = (await response.arrayBuffer()).byteLength
  return { label, status: response.status, ms: Math.round(performance.now() - started), bytes }
}

const graphqlRequest = (query: string) => () =>
  fetch(`${app.baseUrl}/api/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ query }),
  })

const nested = (field: string, leaf: string, levels: number) =>
  Array.from({ length: levels }).reduce<string>((inner) => `${field} { ${leaf} ${inner} }`, leaf)

const login = async ({ email, password }: Login) => {
  const response = await fetch(`${app.baseUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  return ((await response.json()) as { token: string }).token
}

describe('reliability of the built app under bad and heavy requests', () => {
  beforeAll(async () => {
    // Lifted so the submit cases are judged on their bodies, not on the rate limit.
    app = await startApp({ env: { ASSESSMENT_SUBMIT_LIMIT: '100000' } })
    browser = await launchBrowser()
    logins = JSON.parse(fs.readFileSync(path.join(app.dataDir, 'demo-credentials.json'), 'utf8'))
    tokens.admin = await login(logins.admin)
    tokens.editor = await login(logins.editor)
  })
  afterAll(async () => {
    await browser?.close()
    await app?.stop()
  })

  it('answers the whole bad-input corpus and the preview routes below 500, refuses what it must, and writes nothing', async () => {
    const ids = {} as CorpusTargets['ids']
    for (const collection of CONTENT)
      ids[collection] = (await api(`/${collection}?limit=1&depth=0`)).docs[0].id
    const corpus = [...routeCorpus({ assessment: 'work-interests', ids }), ...previewCorpus()]

    const before = await rowCounts()
    const problems: string[] = []
    for (const entry of corpus) {
      const problem = await verdict(entry)
      if (problem) problems.push(problem)
    }
    console.log(`Bad-input corpus: ${corpus.length} requests, ${problems.length} problems`)
    expect(problems).toEqual([])
    expect(await rowCounts()).toEqual(before)
  })

  it('answers the heaviest requests in bounded time and size, and keeps serving others meanwhile', async () => {
    const { maxDepth, maxLimit } = REQUEST_LIMITS
    const page = `depth=${maxDepth}&limit=${maxLimit}`
    const results: Timed[] = [
      await timed('REST careers?depth=10&limit=100', () =>
        fetch(`${app.baseUrl}/api/careers?depth=10&limit=100`),
      ),
    ]
    for (const collection of [...CONTENT, 'assessments'])
      results.push(
        await timed(`REST ${collection}?${page}`, () => fetch(`${app.baseUrl}/api/${collection}?${page}`)),
      )
    results.push(
      await timed(
        'GraphQL eight nested relatedCareers',
        graphqlRequest(`{ Careers(limit: 100) { docs { ${nested('relatedCareers', 'title', 8)} } } }`),
      ),
      await timed(
        'GraphQL five nested adjacentSkills',
        graphqlRequest(`{ Skills(limit: 100) { docs { ${nested('adjacentSkills', 'name', 5)} } } }`),
      ),
      await timed(
        'GraphQL largest allowed: 100 careers, clusters, skills',
        graphqlRequest(
          '{ Careers(limit: 100) { docs { title skillClusters { label skills { name slug } } } } }',
        ),
      ),
    )

    // Eight of the largest allowed reads at once, and a small read timed while they run.
    const heavy = Array.from({ length: 8 }, () =>
      timed('REST careers (parallel)', () => fetch(`${app.baseUrl}/api/careers?${page}`)),
    )
    const small = await timed('REST careers?limit=1 during eight heavy reads', () =>
      fetch(`${app.baseUrl}/api/careers?limit=1&depth=0`),
    )
    results.push(small, ...(await Promise.all(heavy)))

    console.table(results)
    for (const result of results) {
      expect(result.status === 200 || result.status === 400, result.label).toBe(true)
      expect(result.bytes, result.label).toBeLessThan(5 * 1024 * 1024)
      // Generous: proves nothing stalls. The figures themselves are printed above and in the README.
      expect(result.ms, result.label).toBeLessThan(5_000)
    }
    expect(results[0].status).toBe(400)
  })

  it('still gives staff the admin list and edit views, with relationship options loading', async () => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } })
    const adminPage = await context.newPage()
    const failures: string[] = []
    adminPage.on('response', (response) => {
      if (response.url().includes('/api/') && response.status() >= 400)
        failures.push(`${response.status()} ${response.url()}`)
    })
    await adminPage.goto(`${app.baseUrl}/admin/login`)
    await adminPage.fill('#field-email', logins.editor.email)
    await adminPage.fill('#field-password', logins.editor.password)
    await adminPage.click('button[type="submit"]')
    await adminPage.waitForURL((url) => !url.pathname.endsWith('/login'))

    await adminPage.goto(`${app.baseUrl}/admin/collections/careers?limit=100`)
    const rows = adminPage.locator('table tbody tr')
    await rows.first().waitFor()
    expect(await rows.count()).toBe((await api('/careers?limit=1&depth=0', tokens.editor)).totalDocs)

    await rows.first().locator('a').first().click()
    await adminPage.locator('#field-title').waitFor()
    await adminPage.locator('#field-relatedCareers').click()
    await adminPage.locator('.rs__option').first().waitFor()
    expect(await adminPage.locator('.rs__option').count()).toBeGreaterThan(0)
    await saveScreenshot(adminPage, 'admin-edit-with-request-limits')
    expect(failures).toEqual([])
    await context.close()
  })
})
