import { describe, expect, it } from 'vitest'

import { parseSitemapFileName, sitemapFileName } from '../../lib/data/pages/sitemaps'
import { SITEMAP_URLS_PER_FILE, sitemapIndexXml, urlSetXml } from '../../lib/site/sitemapXml'

const BASE = 'https://careers.example.org'

describe('urlSetXml', () => {
  it('lists absolute URLs with their last change, escaped for XML', () => {
    const xml = urlSetXml({
      base: BASE,
      urls: [
        { path: '/careers/r&d-managers', lastModified: '2026-11-28T10:00:00.000Z' },
        { path: '/careers' },
      ],
    })
    expect(xml).toContain('<loc>https://careers.example.org/careers/r&amp;d-managers</loc>')
    expect(xml).toContain('<lastmod>2026-11-28T10:00:00.000Z</lastmod>')
    expect(xml).toContain('<url><loc>https://careers.example.org/careers</loc></url>')
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true)
  })

  it('refuses to write a file over the limit rather than one search engines reject', () => {
    const urls = Array.from({ length: SITEMAP_URLS_PER_FILE + 1 }, (_, index) => ({
      path: `/skills/s${index}`,
    }))
    expect(() => urlSetXml({ base: BASE, urls })).toThrow(/at most 10000 URLs/)
    expect(SITEMAP_URLS_PER_FILE).toBeLessThan(50_000)
  })
})

describe('sitemapIndexXml', () => {
  it('names each file of the index', () => {
    const xml = sitemapIndexXml({
      base: BASE,
      files: [{ path: '/sitemaps/site.xml' }, { path: '/sitemaps/careers-1.xml' }],
    })
    expect(xml).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">')
    expect(xml.match(/<sitemap><loc>[^<]+<\/loc><\/sitemap>/g)).toHaveLength(2)
  })
})

describe('sitemap file names', () => {
  it('round-trips the names of the index and rejects any other', () => {
    for (const file of [
      { kind: 'site' as const },
      { kind: 'careers' as const, page: 2 },
      { kind: 'skills' as const, page: 1 },
      { kind: 'evidence' as const, page: 3 },
    ]) {
      expect(parseSitemapFileName(sitemapFileName(file))).toEqual(file)
    }
    expect(parseSitemapFileName('careers-0')).toBeNull()
    expect(parseSitemapFileName('sources-1')).toBeNull()
    expect(parseSitemapFileName('careers-01')).toBeNull()
  })
})
