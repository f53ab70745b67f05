import { describe, expect, it } from 'vitest'

import { answersHash } from '../../lib/assessment/submit/answersHash'

describe('answersHash', () => {
  it('is the same for the same answers in any order, and for a level sent alone or as {"level"}', () => {
    expect(answersHash({ a: 1, b: { level: 2 } })).toBe(answersHash({ b: 2, a: 1 }))
  })

  it('differs when any answer or evidence note differs', () => {
    const base = answersHash({ a: 1, b: { level: 2, evidence: 'Shipped a model server.' } })
    expect(answersHash({ a: 2, b: { level: 2, evidence: 'Shipped a model server.' } })).not.toBe(base)
    expect(answersHash({ a: 1, b: { level: 2, evidence: 'Something else.' } })).not.toBe(base)
    expect(answersHash({ a: 1, b: 2 })).not.toBe(base)
  })
})
