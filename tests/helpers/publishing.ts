import fs from 'node:fs'
import path from 'node:path'

type Role = 'admin' | 'editor' | 'reviewer'

/** The demo logins `npm start` wrote into the app's data folder. */
export const demoLogins = (dataDir: string): Record<Role, { email: string; password: string }> =>
  JSON.parse(fs.readFileSync(path.join(dataDir, 'demo-credentials.json'), 'utf8'))

type Change = { collection: string; id: string; data: Record<string, unknown> }

/**
 * Publishes through the REST API as the review workflow requires: the editor saves a draft and
 * submits it, a reviewer (another person: four-eyes) approves and publishes. The steps follow each
 * other at once, as a script or a quick pair of people would.
 */
export const workflowClient = async ({ baseUrl, dataDir }: { baseUrl: string; dataDir: string }) => {
  const logins = demoLogins(dataDir)
  const tokenOf = async (role: Role): Promise<string> => {
    const response = await fetch(`${baseUrl}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(logins[role]),
    })
    return ((await response.json()) as { token: string }).token
  }
  const tokens = { editor: await tokenOf('editor'), reviewer: await tokenOf('reviewer') }

  const patch = async (role: keyof typeof tokens, { collection, id, data }: Change) => {
    const response = await fetch(`${baseUrl}/api/${collection}/${id}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${tokens[role]}` },
      body: JSON.stringify(data),
    })
    if (response.status !== 200) {
      throw new Error(
        `${role} PATCH ${collection}/${id} answered ${response.status}: ${await response.text()}`,
      )
    }
  }

  return {
    tokens,
    /** Returns when the reviewer's Publish has answered 200. */
    publish: async (change: Change) => {
      await patch('editor', change)
      await patch('editor', { ...change, data: { stage: 'in-review' } })
      await patch('reviewer', { ...change, data: { stage: 'approved' } })
      await patch('reviewer', { ...change, data: { _status: 'published' } })
    },
    /** The admin's Unpublish: a reviewer takes the document offline (a retraction). */
    unpublish: ({ collection, id }: Omit<Change, 'data'>) =>
      patch('reviewer', { collection, id, data: { _status: 'draft' } }),
  }
}

export type UrlCheck = { url: string; shows: (status: number, body: string) => boolean }

/**
 * Polls every URL until each shows what it should, and keeps polling until the time is up: the new
 * state must appear within `limitMs` and stay. A URL's delay is when the first request that got the
 * new state was sent, so a slow machine answering late is not counted against the cache. Returns the
 * slowest URL's delay in ms, or throws naming the URLs that were late or went back to the old state.
 */
export const allShowWithin = async (checks: UrlCheck[], limitMs: number): Promise<number> => {
  const started = Date.now()
  const outcomes = await Promise.all(
    checks.map(async ({ url, shows }) => {
      let delay: number | null = null
      while (Date.now() - started <= limitMs) {
        const sentAt = Date.now() - started
        const response = await fetch(url)
        const showing = shows(response.status, await response.text())
        if (showing && delay === null) delay = sentAt
        if (!showing && delay !== null) return `${url} went back to the old state`
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
      return delay ?? `${url} still showed the old state after ${limitMs} ms`
    }),
  )
  const problems = outcomes.filter((outcome) => typeof outcome === 'string')
  if (problems.length > 0) throw new Error(problems.join('; '))
  return Math.max(...(outcomes as number[]))
}

/** Readers fetching the given URLs back to back until stopped, as a live site has during a publish. */
export const readersOn = (urls: string[], readers = 4) => {
  let reading = true
  const loops = Array.from({ length: readers }, async (_, reader) => {
    for (let turn = reader; reading; turn++) {
      await fetch(urls[turn % urls.length])
        .then((response) => response.arrayBuffer())
        .catch(() => undefined)
    }
  })
  return async () => {
    reading = false
    await Promise.all(loops)
  }
}
