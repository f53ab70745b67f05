import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { apiClient } from '../helpers/apiClient'
import { startTestPayload, stopTestPayload } from '../helpers/testPayload'
import { createStaff, TEST_PASSWORD } from '../helpers/users'

let payload: Payload
const previousSiteUrl = process.env.SITE_URL

describe('the login cookie on a site served over https', () => {
  beforeAll(async () => {
    // The config reads SITE_URL when it loads, as the server does at start.
    process.env.SITE_URL = 'https://careers.example.org'
    payload = await startTestPayload('login-cookie')
    await createStaff(payload)
  })
  afterAll(async () => {
    await stopTestPayload(payload)
    process.env.SITE_URL = previousSiteUrl
  })

  it('is marked Secure, so it never travels over plain http', async () => {
    const api = await apiClient()
    const login = await api.rest({
      method: 'POST',
      path: '/users/login',
      body: { email: 'editor@test.example', password: TEST_PASSWORD },
    })
    expect(login.status).toBe(200)
    const cookie = login.headers.get('set-cookie') ?? ''
    expect(cookie).toMatch(/payload-token=/)
    expect(cookie).toMatch(/;\s*Secure/i)
  })
})
