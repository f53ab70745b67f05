import { describe, expect, it } from 'vitest'

import { highPointCode } from '../../lib/onet/release/interestProfiles'

describe('highPointCode', () => {
  it('turns the first, second and third IH values into RIASEC letters (1 = R … 6 = C)', () => {
    expect(highPointCode([2, 6, 1])).toBe('ICR')
    expect(highPointCode([1, 3, 4])).toBe('RAS')
    expect(highPointCode([5, 6, 4])).toBe('ECS')
  })

  it('leaves out a high-point O*NET gives as 0 (none)', () => {
    expect(highPointCode([6, 2, 0])).toBe('CI')
    expect(highPointCode([4, 0, 0])).toBe('S')
    expect(highPointCode([0, 0, 0])).toBe('')
  })
})
