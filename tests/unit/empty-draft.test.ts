import type { Field } from 'payload'
import { describe, expect, it } from 'vitest'

import { holdsContent } from '../../plugins/editorial-workflow/lib/emptyDraft'

const fields: Field[] = [
  { name: 'name', type: 'text' },
  { name: 'origin', type: 'select', defaultValue: 'curated', options: ['curated', 'imported'] },
  { name: 'aliases', type: 'array', fields: [{ name: 'alias', type: 'text' }] },
  { name: 'onet', type: 'group', fields: [{ name: 'code', type: 'text' }] },
  { name: 'stage', type: 'text' },
]

describe('an empty draft: nothing a person typed or chose', () => {
  it('is empty as the admin sends an untouched create form: defaults, an empty group, a list of no rows', () => {
    expect(holdsContent(fields, { onet: {}, stage: 'draft', origin: 'curated', aliases: 0 })).toBe(false)
    expect(holdsContent(fields, { name: '   ', aliases: [] })).toBe(false)
  })

  it('holds content once any field differs from where the form starts', () => {
    expect(holdsContent(fields, { name: 'Git' })).toBe(true)
    expect(holdsContent(fields, { origin: 'imported' })).toBe(true)
    expect(holdsContent(fields, { onet: { code: '15-1252.00' } })).toBe(true)
    expect(holdsContent(fields, { aliases: [{ alias: 'git-scm' }] })).toBe(true)
    expect(holdsContent(fields, { aliases: 1 })).toBe(true)
  })
})
