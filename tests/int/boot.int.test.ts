import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startTestPayload, stopTestPayload } from '../helpers/testPayload'

let payload: Payload

describe('boot', () => {
  beforeAll(async () => {
    payload = await startTestPayload('boot')
  })
  afterAll(() => stopTestPayload(payload))

  it('creates a career with a slug from its title', async () => {
    const career = await payload.create({
      collection: 'careers',
      data: { title: 'Backend Developer', summary: 'Builds server-side systems.', demandProfile: 'shortage' },
    })
    expect(career.slug).toBe('backend-developer')
    expect(typeof career.id).toBe('string')
  })
})
