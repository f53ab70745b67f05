import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { apiClient } from '../helpers/apiClient'
import { startSmtpCatcher, type SmtpCatcher } from '../helpers/smtpCatcher'
import { startTestPayload, stopTestPayload } from '../helpers/testPayload'

const SITE = 'https://careers.example.org'
const EMAIL = 'forgetful@test.example'
const OLD_PASSWORD = 'the-password-I-forgot'
const NEW_PASSWORD = 'a-new-password-chosen-from-the-link'

let payload: Payload
let api: Awaited<ReturnType<typeof apiClient>>
let mail: SmtpCatcher

const login = (password: string) =>
  api.rest({ method: 'POST', path: '/users/login', body: { email: EMAIL, password } })

/** Waits for the catcher to have `count` messages: SMTP delivery finishes after Payload answers. */
const delivered = async (count: number) => {
  for (let tries = 0; mail.messages.length < count && tries < 50; tries++) {
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  return mail.messages
}

describe('password reset by email', () => {
  beforeAll(async () => {
    mail = await startSmtpCatcher()
    process.env.SMTP_URL = mail.url
    process.env.EMAIL_FROM = 'careers@example.org'
    process.env.SITE_URL = SITE
    payload = await startTestPayload('password-reset')
    api = await apiClient()
    await payload.create({
      collection: 'users',
      data: { email: EMAIL, password: OLD_PASSWORD, roles: ['editor'] },
    })
  })
  afterAll(async () => {
    await stopTestPayload(payload)
    await mail.close()
  })

  it('answers forgot-password with 200 and mails a link on the site whose token sets a new password', async () => {
    const asked = await api.rest({ method: 'POST', path: '/users/forgot-password', body: { email: EMAIL } })
    expect(asked.status).toBe(200)

    const [message] = await delivered(1)
    expect(message).toMatch(/^To: forgetful@test\.example/m)
    expect(message).toMatch(/^From: Career Evidence <careers@example\.org>/m)
    expect(message).toContain('Subject: Reset your Career Evidence password')
    const token = message.match(/https:\/\/careers\.example\.org\/admin\/reset\/([0-9a-f]+)/)?.[1]
    expect(token).toBeTruthy()

    const reset = await api.rest({
      method: 'POST',
      path: '/users/reset-password',
      body: { token, password: NEW_PASSWORD },
    })
    expect(reset.status).toBe(200)
    expect((await login(NEW_PASSWORD)).status).toBe(200)
    expect((await login(OLD_PASSWORD)).status).toBe(401)
  })

  it('answers 200 for an address nobody has, and sends nothing, so it tells no one who has an account', async () => {
    const before = mail.messages.length
    const asked = await api.rest({
      method: 'POST',
      path: '/users/forgot-password',
      body: { email: 'nobody@test.example' },
    })
    expect(asked.status).toBe(200)
    await new Promise((resolve) => setTimeout(resolve, 500))
    expect(mail.messages.length).toBe(before)
  })
})
