import { describe, expect, it, vi } from 'vitest'

import { formatDateTime } from '../../lib/assessment/format/dateTime'
import { DEFAULT_LOCALE, readerLocale } from '../../lib/assessment/format/locale'
import { ordinal } from '../../lib/assessment/format/ordinal'

vi.mock('../../lib/assessment/data/pages', () => ({
  getTakePage: async () => ({
    instrument: { title: 'Work interests (RIASEC)', summary: 'Thirty statements.' },
  }),
  getResultPage: async () => null,
}))

describe('ordinal', () => {
  it('uses the English ordinal suffix for every number, teens included', () => {
    const cases: [number, string][] = [
      [1, '1st'],
      [2, '2nd'],
      [3, '3rd'],
      [4, '4th'],
      [11, '11th'],
      [12, '12th'],
      [13, '13th'],
      [21, '21st'],
      [42, '42nd'],
      [71, '71st'],
      [72, '72nd'],
      [73, '73rd'],
      [99, '99th'],
      [101, '101st'],
      [111, '111th'],
      [112, '112th'],
    ]
    for (const [value, expected] of cases) expect(ordinal(value)).toBe(expected)
  })
})

describe('readerLocale', () => {
  it('takes the most preferred locale the runtime can format', () => {
    expect(readerLocale('de-CH,de;q=0.9,en;q=0.8')).toBe('de-CH')
    expect(readerLocale('en;q=0.5, fr-CA;q=0.9')).toBe('fr-CA')
    expect(readerLocale('en-US')).toBe('en-US')
  })

  it('falls back to British English without a usable header', () => {
    expect(DEFAULT_LOCALE).toBe('en-GB')
    expect(readerLocale(null)).toBe('en-GB')
    expect(readerLocale('')).toBe('en-GB')
    expect(readerLocale('*')).toBe('en-GB')
    expect(readerLocale('en_US!!, ;q=')).toBe('en-GB')
    expect(readerLocale('fr;q=0')).toBe('en-GB')
  })
})

describe('formatDateTime', () => {
  const taken = '2026-11-28T20:42:22.000Z'

  it('writes a moment as the reader’s locale does, naming the time zone', () => {
    expect(formatDateTime({ value: taken })).toBe('28 November 2026 at 20:42 UTC')
    expect(formatDateTime({ value: taken, locale: 'en-US' })).toBe('November 28, 2026 at 08:42 PM UTC')
    expect(formatDateTime({ value: taken, locale: 'de-DE' })).toBe('28. November 2026 um 20:42 UTC')
  })

  it('never writes the raw HTTP date the result page used to show', () => {
    expect(formatDateTime({ value: taken })).not.toContain('GMT')
    expect(formatDateTime({ value: new Date(taken), locale: readerLocale('fr') })).toBe(
      '28 novembre 2026 à 20:42 UTC',
    )
  })
})

describe('assessment page titles', () => {
  /** What Next does with a page's string title under the layout's `title.template`. */
  const documentTitle = async (pageTitle: unknown) => {
    const { metadata } = await import('../../app/(frontend)/layout')
    const template = (metadata.title as { template: string }).template
    return template.replace('%s', String(pageTitle))
  }

  it('name the site once, the layout template adding it', async () => {
    const take = await import('../../app/(frontend)/assessments/[slug]/page')
    const takeMetadata = await take.generateMetadata({
      params: Promise.resolve({ slug: 'work-interests' }),
      searchParams: Promise.resolve({}),
    })
    expect(await documentTitle(takeMetadata.title)).toBe('Work interests (RIASEC) · Career Evidence')
    const result = await import('../../app/(frontend)/assessments/[slug]/results/[id]/page')
    expect(await documentTitle(result.metadata.title)).toBe('Your result · Career Evidence')
  })
})
