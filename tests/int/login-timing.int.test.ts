import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { apiClient } from '../helpers/apiClient'
import { startTestPayload, stopTestPayload } from '../helpers/testPayload'
import { TEST_PASSWORD } from '../helpers/users'

let payload: Payload
let api: Awaited<ReturnType<typeof apiClient>>

/** Below Payload's lockout (5 failures), so every wrong attempt gets a full password check. */
const ATTEMPTS_PER_ACCOUNT = 3
const ACCOUNTS = 3

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

const timedLogin = async (email: string) => {
  const started = performance.now()
  const response = await api.rest({
    method: 'POST',
    path: '/users/login',
    body: { email, password: 'not-the-password' },
  })
  return { ms: performance.now() - started, response }
}

describe('login timing', () => {
  beforeAll(async () => {
    payload = await startTestPayload('login-timing')
    api = await apiClient()
    for (let n = 0; n < ACCOUNTS; n += 1) {
      await payload.create({
        collection: 'users',
        data: { email: `timing${n}@test.example`, password: TEST_PASSWORD, roles: ['editor'] },
      })
    }
    await timedLogin('warm-up@test.example')
  })
  afterAll(() => stopTestPayload(payload))

  it('takes as long for an unknown e-mail as for a wrong password, with the same answer', async () => {
    const unknown: number[] = []
    const known: number[] = []
    for (let round = 0; round < ATTEMPTS_PER_ACCOUNT; round += 1) {
      for (let n = 0; n < ACCOUNTS; n += 1) {
        const missing = await timedLogin(`nobody${round}-${n}@test.example`)
        const wrong = await timedLogin(`timing${n}@test.example`)
        expect(missing.response.status).toBe(wrong.response.status)
        expect(missing.response.body).toEqual(wrong.response.body)
        unknown.push(missing.ms)
        known.push(wrong.ms)
      }
    }
    const ratio = median(unknown) / median(known)
    console.info(
      `login medians: unknown e-mail ${median(unknown).toFixed(0)} ms, wrong password ${median(known).toFixed(0)} ms, ratio ${ratio.toFixed(2)}`,
    )
    expect(ratio).toBeGreaterThan(0.6)
    expect(ratio).toBeLessThan(1.6)
  })
})
