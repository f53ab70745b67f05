import { describe, expect, it } from 'vitest'

import { slugify } from '../../lib/slugify'

describe('slugify', () => {
  it('joins lower-case words with hyphens', () => {
    expect(slugify('Backend Developer')).toBe('backend-developer')
  })

  it('turns punctuation runs into one hyphen and trims the ends', () => {
    expect(slugify('Node.js')).toBe('node-js')
    expect(slugify('  C++ / C#  ')).toBe('c-c')
    expect(slugify('CI/CD -- pipelines!')).toBe('ci-cd-pipelines')
  })

  it('drops accents instead of the letters that carry them', () => {
    expect(slugify('Résumé Écriture')).toBe('resume-ecriture')
  })
})
