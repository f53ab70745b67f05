import { describe, expect, it } from 'vitest'

import { advanceGenerations, generationMarker, isOutdatedMarker } from '../../lib/cache/generations.mjs'

describe('cache generations', () => {
  it('marks data read before an expiry of its tag as outdated, and data read after as current', () => {
    const before = generationMarker('evidence:nurse:triage')
    expect(isOutdatedMarker(before)).toBe(false)
    advanceGenerations(['evidence:nurse:triage'])
    const after = generationMarker('evidence:nurse:triage')
    expect(isOutdatedMarker(before)).toBe(true)
    expect(isOutdatedMarker(after)).toBe(false)
  })

  it('leaves other tags, and tags that are not markers, alone', () => {
    const other = generationMarker('career:nurse')
    advanceGenerations(['skill:triage'])
    expect(isOutdatedMarker(other)).toBe(false)
    expect(isOutdatedMarker('career:nurse')).toBe(false)
  })
})
