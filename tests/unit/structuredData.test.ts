import { describe, expect, it } from 'vitest'

import { breadcrumbJsonLd, faqJsonLd, serializeJsonLd } from '../../lib/site/structuredData'

describe('serializeJsonLd', () => {
  it('cannot close the script element it sits in', () => {
    expect(serializeJsonLd({ name: '</script><script>alert(1)</script>' })).not.toContain('</script>')
  })
})

describe('faqJsonLd', () => {
  it('is left out when a page has no questions', () => {
    expect(faqJsonLd([])).toBeNull()
  })
  it('lists each question with its answer', () => {
    const data = faqJsonLd([{ id: '1', question: 'Does it pay?', answer: 'Rarely on its own.', cites: [] }])
    expect(data?.mainEntity).toEqual([
      {
        '@type': 'Question',
        name: 'Does it pay?',
        acceptedAnswer: { '@type': 'Answer', text: 'Rarely on its own.' },
      },
    ])
  })
})

describe('breadcrumbJsonLd', () => {
  it('numbers the trail from 1 with absolute URLs', () => {
    const data = breadcrumbJsonLd([
      { name: 'Careers', path: '/careers' },
      { name: 'Backend Developer', path: '/careers/backend-developer' },
    ]) as { itemListElement: { position: number; item: string }[] }
    expect(data.itemListElement.map((item) => item.position)).toEqual([1, 2])
    expect(data.itemListElement[1]?.item).toMatch(/^https?:\/\/[^/]+\/careers\/backend-developer$/)
  })
})
