import { describe, expect, it } from 'vitest'

import { sameSitePath } from '../../lib/site/sameSitePath'

describe('sameSitePath', () => {
  it('keeps a path on this site, with its query and fragment', () => {
    expect(sameSitePath('/careers/backend-developer/skills/bentoml')).toBe(
      '/careers/backend-developer/skills/bentoml',
    )
    expect(sameSitePath('/search?q=data#results')).toBe('/search?q=data#results')
  })

  it('sends anything that a browser would take to another host home', () => {
    for (const escape of [
      '/\\evil.example',
      '//evil.example',
      '/\\/evil.example/careers',
      '/\t/evil.example',
      '/\n/evil.example',
      'https://evil.example/',
      'javascript:alert(1)',
      'careers',
    ]) {
      expect(sameSitePath(escape), JSON.stringify(escape)).toBe('/')
    }
  })

  it('falls back when there is no path', () => {
    expect(sameSitePath(null)).toBe('/')
    expect(sameSitePath('', '/careers')).toBe('/careers')
  })
})
