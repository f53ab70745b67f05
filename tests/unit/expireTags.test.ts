import type { PayloadRequest } from 'payload'
import { describe, expect, it } from 'vitest'

import { generationMarker, isOutdatedMarker } from '../../lib/cache/generations.mjs'
import { expireTags } from '../../lib/cache/revalidate'

const settle = () => new Promise((resolve) => setTimeout(resolve, 100))

// Vitest is outside any request Next serves, as the server's jobs cron is when it publishes on schedule.
describe('expiring tags outside a request Next serves', () => {
  it('makes data and pages read before the change outdated at once', () => {
    const before = generationMarker('evidence:nurse:triage')
    expect(expireTags(['evidence:nurse:triage', 'evidence:nurse:triage'])).toEqual(['evidence:nurse:triage'])
    expect(isOutdatedMarker(before)).toBe(true)
  })

  it('expires again once the change is committed, so a page read during the transaction is not kept', async () => {
    const req = { transactionID: 'publishing' } as unknown as PayloadRequest
    expireTags(['career:nurse'], req)
    const readBeforeCommit = generationMarker('career:nurse')
    await settle()
    expect(isOutdatedMarker(readBeforeCommit), 'still in its transaction').toBe(false)
    delete req.transactionID
    await settle()
    expect(isOutdatedMarker(readBeforeCommit)).toBe(true)
    expect(isOutdatedMarker(generationMarker('career:nurse'))).toBe(false)
  })
})
