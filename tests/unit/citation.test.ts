import { describe, expect, it } from 'vitest'

import { formatAuthorList, shortAuthors } from '../../lib/citations/authors'
import { citationHref, fullCitation, shortCitation } from '../../lib/citations/citation'

const noyZhang = {
  authors: [
    { name: 'Noy', given: 'Shakked' },
    { name: 'Zhang', given: 'Whitney' },
  ],
  title: 'Experimental evidence on the productivity effects of generative artificial intelligence',
  venue: 'Science',
  volume: '381',
  issue: '6654',
  pages: '187–192',
  year: 2023,
  doi: '10.1126/science.adh2586',
  url: 'https://www.science.org/doi/10.1126/science.adh2586',
}

const indeed = {
  authors: [{ name: 'Indeed Hiring Lab' }],
  title: 'AI at Work Report 2025',
  venue: 'Indeed Hiring Lab',
  year: 2025,
  url: 'https://www.hiringlab.org/',
}

describe('shortCitation', () => {
  it('names two authors and the journal with volume and issue', () => {
    expect(shortCitation(noyZhang)).toBe('Noy & Zhang, Science 381(6654)')
  })
  it('does not repeat an organisation that publishes its own report', () => {
    expect(shortCitation(indeed)).toBe('Indeed Hiring Lab')
  })
})

describe('shortAuthors', () => {
  it('uses et al. from three authors on', () => {
    expect(shortAuthors([{ name: 'Brynjolfsson' }, { name: 'Li' }, { name: 'Raymond' }])).toBe(
      'Brynjolfsson et al.',
    )
  })
})

describe('formatAuthorList', () => {
  it('writes family names with initials, joined APA-style', () => {
    expect(
      formatAuthorList([
        { name: 'Raymond', given: 'Lindsey R.' },
        { name: 'Li', given: 'Danielle' },
        { name: 'Brynjolfsson', given: 'Erik' },
      ]),
    ).toBe('Raymond, L. R., Li, D., & Brynjolfsson, E.')
  })
})

describe('fullCitation', () => {
  it('gives authors, year, title, journal, volume(issue) and pages', () => {
    expect(fullCitation(noyZhang)).toBe(
      'Noy, S., & Zhang, W. (2023). Experimental evidence on the productivity effects of generative artificial intelligence. Science, 381(6654), 187–192.',
    )
  })
  it('leaves out a publisher that is also the author', () => {
    expect(fullCitation(indeed)).toBe('Indeed Hiring Lab (2025). AI at Work Report 2025.')
  })
})

describe('citationHref', () => {
  it('prefers the DOI resolver over the publisher URL', () => {
    expect(citationHref(noyZhang)).toBe('https://doi.org/10.1126/science.adh2586')
    expect(citationHref(indeed)).toBe('https://www.hiringlab.org/')
  })
})
