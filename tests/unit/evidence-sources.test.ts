import { describe, expect, it } from 'vitest'

import { formatAuthor, formatAuthorList, shortAuthors, splitSuffix } from '../../lib/citations/authors'
import { fullCitation } from '../../lib/citations/citation'
import {
  duplicateKeyOf,
  duplicateKeysOf,
  normaliseDoi,
  normaliseTitle,
  normaliseUrl,
  sharedKey,
} from '../../lib/evidence/sources'

const person = (name: string, given = 'Ann') => ({ name, given })

describe('author suffixes', () => {
  it('writes a suffix after the initials, APA style', () => {
    expect(formatAuthor({ name: 'McFowland', given: 'Edward', suffix: 'III' })).toBe('McFowland, E., III')
    expect(formatAuthor({ name: 'King', given: 'Martin Luther', suffix: 'Jr' })).toBe('King, M. L., Jr.')
  })
  it('reads a suffix typed into the family name of an older record', () => {
    expect(formatAuthor({ name: 'McFowland III', given: 'Edward' })).toBe('McFowland, E., III')
    expect(splitSuffix({ name: 'Gates, Jr.', given: 'Henry Louis' })).toEqual({
      family: 'Gates',
      suffix: 'Jr.',
    })
  })
  it('never splits an organisation’s name', () => {
    expect(formatAuthor({ name: 'Working Group III' })).toBe('Working Group III')
  })
  it('leaves a suffix out of the in-text form', () => {
    expect(shortAuthors([{ name: 'McFowland III', given: 'Edward' }, person('Mollick')])).toBe(
      'McFowland & Mollick',
    )
  })
  it('abbreviates hyphenated given names', () => {
    expect(formatAuthor({ name: 'Sartre', given: 'Jean-Paul' })).toBe('Sartre, J.-P.')
  })
})

describe('long author lists', () => {
  const authors = (n: number) => Array.from({ length: n }, (_, index) => person(`Author${index + 1}`))
  it('names all of up to 20 authors, "&" before the last', () => {
    const list = formatAuthorList(authors(20))
    expect(list.startsWith('Author1, A., Author2, A.,')).toBe(true)
    expect(list.endsWith(', & Author20, A.')).toBe(true)
  })
  it('names the first 19, an ellipsis and the last from 21 authors on', () => {
    const list = formatAuthorList(authors(25))
    expect(list).toContain('Author19, A., . . . Author25, A.')
    expect(list).not.toContain('Author20')
    expect(list).not.toContain('&')
  })
  it('uses "et al." in text from three authors on', () => {
    expect(shortAuthors(authors(3))).toBe('Author1 et al.')
    expect(shortAuthors(authors(2))).toBe('Author1 & Author2')
  })
})

describe('report numbers', () => {
  const report = {
    authors: [person('Dell’Acqua', 'Fabrizio')],
    title: 'Navigating the Jagged Technological Frontier',
    venue: 'Harvard Business School Working Paper',
    year: 2023,
    url: 'https://example.org/paper',
  }
  it('puts a bare number after the title', () => {
    expect(fullCitation({ ...report, reportNumber: '24-013' })).toBe(
      'Dell’Acqua, F. (2023). Navigating the Jagged Technological Frontier (No. 24-013). Harvard Business School Working Paper.',
    )
  })
  it('keeps a series name the issuer prints', () => {
    expect(fullCitation({ ...report, reportNumber: 'Working Paper 31161' })).toContain(
      'Frontier (Working Paper 31161).',
    )
  })
  it('adds nothing without a number', () => {
    expect(fullCitation({ ...report, reportNumber: ' ' })).toContain('Frontier. Harvard')
  })
})

describe('normaliseDoi', () => {
  it.each([
    ['10.1126/science.adh2586', '10.1126/science.adh2586'],
    ['https://doi.org/10.1126/SCIENCE.ADH2586', '10.1126/science.adh2586'],
    ['http://dx.doi.org/10.1126/science.adh2586', '10.1126/science.adh2586'],
    ['doi:10.1126/science.adh2586.', '10.1126/science.adh2586'],
    ['https://doi.org/10.1037%2F0033-2909.124.2.262', '10.1037/0033-2909.124.2.262'],
  ])('%s → %s', (input, expected) => {
    expect(normaliseDoi(input)).toBe(expected)
  })
  it('rejects what is not a DOI', () => {
    expect(normaliseDoi('science.adh2586')).toBeNull()
    expect(normaliseDoi('')).toBeNull()
  })
})

describe('normaliseUrl', () => {
  it('drops scheme, www, trailing slash, fragment and tracking parameters', () => {
    expect(
      normaliseUrl('HTTPS://www.HiringLab.org/2025/09/10/ai-at-work/?utm_source=news&utm_medium=email#top'),
    ).toBe('hiringlab.org/2025/09/10/ai-at-work')
    expect(normaliseUrl('http://hiringlab.org/2025/09/10/ai-at-work')).toBe(
      'hiringlab.org/2025/09/10/ai-at-work',
    )
  })
  it('keeps meaningful parameters, in a stable order', () => {
    expect(normaliseUrl('https://www.aeaweb.org/articles?id=10.1257/x&fbclid=abc&lang=en')).toBe(
      'aeaweb.org/articles?id=10.1257%2Fx&lang=en',
    )
    expect(normaliseUrl('https://www.aeaweb.org/articles?lang=en&id=10.1257/x')).toBe(
      normaliseUrl('https://aeaweb.org/articles?id=10.1257/x&lang=en'),
    )
  })
  it('keeps the case of the path', () => {
    expect(normaliseUrl('https://example.org/Report')).not.toBe(normaliseUrl('https://example.org/report'))
  })
  it('reads an address typed without a scheme, and refuses what is no web address', () => {
    expect(normaliseUrl('www.weforum.org/publications/x/')).toBe('weforum.org/publications/x')
    expect(normaliseUrl('mailto:someone@example.org')).toBeNull()
    expect(normaliseUrl('not a url')).toBeNull()
  })
})

describe('normaliseTitle', () => {
  it('ignores case, accents, punctuation, quotes, "&" and a leading article', () => {
    expect(normaliseTitle('The Growing Importance of Social Skills in the Labor Market')).toBe(
      normaliseTitle('growing importance of social skills in the labor market.'),
    )
    expect(normaliseTitle('Are Emily & Greg More Employable Than Lakisha and Jamal?')).toBe(
      'are emily and greg more employable than lakisha and jamal',
    )
    expect(normaliseTitle('Résumé “screening”: don’t')).toBe('resume screening dont')
  })
})

describe('duplicateKeyOf', () => {
  it('keys a source by DOI, address, and title with year', () => {
    expect(
      duplicateKeyOf({
        doi: 'https://doi.org/10.1093/QJE/qjx022',
        url: 'https://doi.org/10.1093/qje/qjx022',
        title: 'The Growing Importance of Social Skills in the Labor Market',
        year: 2017,
      }),
    ).toEqual({
      doi: '10.1093/qje/qjx022',
      url: 'doi.org/10.1093/qje/qjx022',
      titleYear: 'growing importance of social skills in the labor market|2017',
    })
  })
  it('finds the DOI in a resolver address or an arXiv address when the DOI field is empty', () => {
    expect(duplicateKeyOf({ url: 'https://doi.org/10.1086/705716' }).doi).toBe('10.1086/705716')
    expect(duplicateKeyOf({ url: 'https://arxiv.org/pdf/2303.10130v4' }).doi).toBe(
      '10.48550/arxiv.2303.10130',
    )
    expect(duplicateKeyOf({ doi: '10.48550/arXiv.2303.10130' }).doi).toBe('10.48550/arxiv.2303.10130')
  })
  it('has no title key without a year', () => {
    expect(duplicateKeyOf({ title: 'Future of Jobs Report' }).titleYear).toBeNull()
  })
  it('catches the same report entered under a different address', () => {
    const first = duplicateKeyOf({
      url: 'https://www.hiringlab.org/2025/09/23/ai-at-work-report-2025/',
      title: 'AI at Work Report 2025: How GenAI is Rewiring the DNA of Jobs',
      year: 2025,
    })
    const second = duplicateKeyOf({
      url: 'https://www.hiringlab.org/2025/09/10/ai-at-work-report-2025',
      title: 'AI at work report 2025 — how GenAI is rewiring the DNA of jobs',
      year: 2025,
    })
    expect(sharedKey(first, second)).toBe('titleYear')
  })
  it('says when two sources share nothing', () => {
    expect(sharedKey(duplicateKeyOf({ doi: '10.1/a' }), duplicateKeyOf({ doi: '10.1/b' }))).toBeNull()
  })
  it('gives tagged keys for storing and matching', () => {
    expect(duplicateKeysOf({ doi: '10.1086/705716', title: 'Robots and Jobs', year: 2020 })).toEqual([
      'doi:10.1086/705716',
      'title:robots and jobs|2020',
    ])
  })
})
