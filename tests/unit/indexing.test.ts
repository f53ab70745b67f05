import { describe, expect, it } from 'vitest'

import { careerIsIndexable, skillIsIndexable } from '../../lib/site/indexing'

describe('careerIsIndexable', () => {
  it('indexes a career with curated text or with the dataset description', () => {
    expect(careerIsIndexable({ summary: 'Backend developers build the server side.' })).toBe(true)
    expect(careerIsIndexable({ onet: { description: 'Develop computer software.' } })).toBe(true)
  })

  it('does not index a career that would show nothing but its name', () => {
    expect(careerIsIndexable({})).toBe(false)
    expect(careerIsIndexable({ summary: '  ', onet: { description: null } })).toBe(false)
  })
})

describe('skillIsIndexable', () => {
  it('indexes a skill with curated text or a technology category', () => {
    expect(skillIsIndexable({ summary: 'A general-purpose language.' })).toBe(true)
    expect(skillIsIndexable({ onet: { commodityTitle: 'Spreadsheet software' } })).toBe(true)
  })

  it('does not index a skill with nothing but a name', () => {
    expect(skillIsIndexable({ summary: null, onet: { commodityTitle: '' } })).toBe(false)
  })
})
