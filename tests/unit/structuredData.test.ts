import { describe, expect, it } from 'vitest'

import { breadcrumbJsonLd, faqJsonLd, occupationJsonLd, serializeJsonLd } from '../../lib/site/structuredData'

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

describe('occupationJsonLd', () => {
  const occupation = {
    title: 'Software Developers',
    code: '15-1252.00',
    href: '/careers/software-developers',
    family: null,
    description: 'Research, design, and develop software.',
    tasks: [],
    jobZone: null,
    interests: null,
    technologies: {
      total: 1,
      marked: [{ name: 'Python', href: '/skills/python', commodity: 'x', hot: true, inDemand: true }],
      others: [],
    },
    alternateTitles: { total: 1, shown: ['Applications Programmer'] },
    related: [],
  }

  it('describes the occupation by its O*NET-SOC code and credits the release it comes from', () => {
    const data = occupationJsonLd(occupation, {
      title: 'O*NET 29.2 Database',
      version: '29.2',
      href: '/sources/1',
      attribution: '…',
    })
    expect(data).toMatchObject({
      '@type': 'Occupation',
      name: 'Software Developers',
      occupationalCategory: { codeValue: '15-1252.00', inCodeSet: 'O*NET-SOC' },
      alternateName: ['Applications Programmer'],
      skills: ['Python'],
      isBasedOn: { name: 'O*NET 29.2 Database', license: 'https://creativecommons.org/licenses/by/4.0/' },
    })
    expect(data).not.toHaveProperty('educationRequirements')
  })
})
