import type { Browser, Page } from 'playwright-core'

import { demoLogins } from './publishing'
import type { StartedApp } from './startedApp'

export type DemoRole = 'admin' | 'editor' | 'reviewer'

export type HttpAnswer = { status: number; text: string; json: () => Record<string, unknown> }

/** The built app over HTTP, as a browser or a script calls it, with the demo logins' tokens. */
export const httpApp = async (app: StartedApp) => {
  const call = async (
    method: string,
    route: string,
    { token, body }: { token?: string; body?: unknown } = {},
  ): Promise<HttpAnswer> => {
    const response = await fetch(`${app.baseUrl}${route}`, {
      method,
      redirect: 'manual',
      headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `JWT ${token}` } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const text = await response.text()
    return { status: response.status, text, json: () => JSON.parse(text) as Record<string, unknown> }
  }
  const logins = demoLogins(app.dataDir)
  const tokens = {} as Record<DemoRole, string>
  for (const role of ['admin', 'editor', 'reviewer'] as const) {
    tokens[role] = String((await call('POST', '/api/users/login', { body: logins[role] })).json().token)
  }
  return {
    call,
    graphql: (query: string, token?: string) => call('POST', '/api/graphql', { token, body: { query } }),
    tokens,
    logins,
  }
}

/** The first REST error message of an answer: what the admin's toast shows. */
export const restMessage = (answer: HttpAnswer): string =>
  String((answer.json().errors as { message: string }[] | undefined)?.[0]?.message ?? '')

/** Signs a demo user in to the admin panel in a fresh browser context. */
export const signInToAdmin = async ({
  browser,
  app,
  login,
}: {
  browser: Browser
  app: StartedApp
  login: { email: string; password: string }
}): Promise<Page> => {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } })
  const page = await context.newPage()
  await page.goto(`${app.baseUrl}/admin/login`)
  await page.fill('#field-email', login.email)
  await page.fill('#field-password', login.password)
  await page.click('button[type="submit"]')
  await page.waitForURL((url) => !url.pathname.endsWith('/login'))
  return page
}
