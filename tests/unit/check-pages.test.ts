import { describe, expect, it } from 'vitest'

import { asksNotToBeIndexed, internalLinks, pageProblems } from '../../scripts/check-pages/problems'
import { sitemapPaths } from '../../scripts/check-pages/sitemap'

const sources = new Map([
  ['vendor', { flags: ['vendorSurvey'], notice: false }],
  ['gone', { flags: ['retracted'], notice: true }],
  ['clean', { flags: [], notice: false }],
])

const page = (body: string) => `<html><body><main>${body}</main></body></html>`

describe('pageProblems', () => {
  it('passes a page whose figures are cited and whose sources carry their flags', () => {
    const html = page(
      '<p data-claim>+40% <a data-cite="clean" href="#ref-1">[1]</a></p><ol><li data-source-id="vendor"><abbr data-flag="vendorSurvey">Vendor survey</abbr></li></ol>',
    )
    expect(pageProblems({ html, sources })).toEqual([])
  })
  it('finds an empty number slot like "above ."', () => {
    expect(pageProblems({ html: page('<p>Reliability above . over weeks.</p>'), sources })).toEqual([
      'The page has a number missing ("above .").',
    ])
  })
  it('finds a skill rendered as Unknown', () => {
    expect(pageProblems({ html: page('<h1>Unknown for Backend Developer</h1>'), sources })[0]).toMatch(
      /Unknown/,
    )
  })
  it('finds a figure without a citation link', () => {
    expect(pageProblems({ html: page('<p data-claim>26% of jobs</p>'), sources })[0]).toMatch(
      /no citation link/,
    )
  })
  it('finds a vendor survey shown without its flag', () => {
    expect(pageProblems({ html: page('<li data-source-id="vendor">A survey</li>'), sources })).toEqual([
      'Source vendor is shown without its "vendorSurvey" flag.',
    ])
  })
  it('finds a retracted source cited without a notice', () => {
    const html = page('<p data-claim>x <a data-cite="gone" href="#ref-1">[1]</a></p>')
    expect(pageProblems({ html, sources })).toContain(
      'The page cites retracted or disputed source gone without a notice.',
    )
  })
  it('ignores structured data when looking for placeholders', () => {
    expect(
      pageProblems({
        html: page('<script type="application/ld+json">{"a":null}</script><p>Fine.</p>'),
        sources,
      }),
    ).toEqual([])
  })
})

describe('internalLinks', () => {
  it('keeps links on the same site and drops external ones', () => {
    const html = '<a href="/careers">a</a><a href="https://doi.org/10.1/x">b</a><a href="#ref-1">c</a>'
    expect(internalLinks(html, 'http://127.0.0.1:3000')).toEqual(['/careers', '/'])
  })
})

describe('asksNotToBeIndexed', () => {
  it('tells a noindex page from one that may be indexed', () => {
    expect(asksNotToBeIndexed('<head><meta name="robots" content="noindex, follow"></head>')).toBe(true)
    expect(asksNotToBeIndexed('<head><meta name="description" content="noindex"></head>')).toBe(false)
  })
})

describe('sitemapPaths', () => {
  const files: Record<string, string> = {
    '/sitemap.xml':
      '<sitemapindex><sitemap><loc>https://example.org/sitemaps/site.xml</loc></sitemap><sitemap><loc>https://example.org/sitemaps/careers-1.xml</loc></sitemap></sitemapindex>',
    '/sitemaps/site.xml': '<urlset><url><loc>https://example.org/careers</loc></url></urlset>',
    '/sitemaps/careers-1.xml':
      '<urlset><url><loc>https://example.org/careers/r&amp;d-managers</loc></url></urlset>',
  }
  const fetchText = async (url: string) => {
    const text = files[new URL(url).pathname]
    return text ? { status: 200, text } : { status: 404, text: '' }
  }

  it('follows the index to every file and keeps the paths on the site being checked', async () => {
    expect(await sitemapPaths({ origin: 'http://127.0.0.1:3000', fetchText })).toEqual({
      paths: ['/careers', '/careers/r&d-managers'],
      files: 2,
      problems: [],
    })
  })

  it('reports a file of the index that does not answer', async () => {
    files['/sitemap.xml'] += '<sitemap><loc>https://example.org/sitemaps/skills-1.xml</loc></sitemap>'
    const { problems } = await sitemapPaths({ origin: 'http://127.0.0.1:3000', fetchText })
    expect(problems).toEqual(['/sitemaps/skills-1.xml: the sitemap file answers 404.'])
  })

  it('still reads a plain sitemap that lists pages', async () => {
    const plain = async () => ({
      status: 200,
      text: '<urlset><url><loc>https://example.org/a</loc></url></urlset>',
    })
    expect((await sitemapPaths({ origin: 'http://x', fetchText: plain })).paths).toEqual(['/a'])
  })
})
