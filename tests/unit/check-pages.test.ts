import { describe, expect, it } from 'vitest'

import {
  asksNotToBeIndexed,
  type ExpectedSource,
  internalLinks,
  isEvidencePath,
  pageProblems,
} from '../../scripts/check-pages/problems'
import { sitemapPaths } from '../../scripts/check-pages/sitemap'

const sources = new Map<string, ExpectedSource>([
  ['vendor', { flags: ['vendorSurvey'], notice: false }],
  ['gone', { flags: ['retracted'], notice: true }],
  ['clean', { flags: [], notice: false }],
  ['peng', { flags: ['unverified', 'preprint', 'conflictOfInterest'], notice: false }],
])

const page = (body: string) => `<html><body><main>${body}</main></body></html>`

/** A citation as the site renders it: the link inside an element naming its source and flags. */
const citation = (id: string, flags: string[] = [], words: string[] = []) =>
  `<span data-source-id="${id}" data-flags="${flags.join(' ')}"><a data-cite="${id}" href="#ref-1">[1]</a>${words
    .map((word) => `<span data-flag>${word}</span>`)
    .join('')}</span>`

const PENG = citation(
  'peng',
  ['unverified', 'preprint', 'conflictOfInterest'],
  ['Unverified', 'Preprint, since published in Science (2024)', 'Conflict of interest'],
)

const VERDICT = `<section data-verdict data-importance="useful" data-certainty="low">
  <h2>How important is BentoML for a Backend Developer?</h2>
  <p>Importance: <strong>Useful</strong></p>
  <ol><li>Essential</li><li>Important</li><li>Useful (this page’s answer)</li><li>Marginal</li></ol>
  <dl><dt>Certainty</dt><dd data-certainty-grade="low"><strong>Low</strong></dd></dl>
  <ul class="certainty-reasons"><li>Downgraded for indirectness: none of the 2 cited studies measures BentoML.</li></ul>
</section>`

const EVIDENCE_PATH = '/careers/backend-developer/skills/bentoml'

describe('pageProblems', () => {
  it('passes a page whose figures are cited and whose sources carry their flags', () => {
    const html = page(
      `<p data-claim>+40% ${citation('clean')}</p><p data-claim>-55% ${PENG}</p><ol><li data-source-id="vendor" data-flags="vendorSurvey"><span data-flag>Vendor survey</span></li></ol>`,
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
      'Source vendor is cited without its "Vendor survey" flag.',
    ])
  })
  it('finds a citation whose flags are only in a tooltip, not in the text a reader sees', () => {
    const html = page(
      '<p data-claim>x <span data-source-id="peng" data-flags="unverified preprint conflictOfInterest"><a data-cite="peng" href="#ref-1">[1]</a> <abbr title="Unverified, Conflict of interest">Preprint</abbr></span></p>',
    )
    expect(pageProblems({ html, sources })).toEqual([
      'Source peng is cited without its "Unverified" flag.',
      'Source peng is cited without its "Conflict of interest" flag.',
    ])
  })
  it('finds a citation link outside any element naming its source, where its flags go unchecked', () => {
    const html = page(
      '<dd data-claim>A FAQ answer. Sources: <a data-cite="peng" href="#ref-2">[2] Peng et al.</a></dd>',
    )
    expect(pageProblems({ html, sources })).toEqual([
      'A citation of source peng is not marked with its source, so its flags go unchecked.',
    ])
  })
  it('finds a flag shown but not declared in the markup the check relies on', () => {
    const html = page(`<li data-source-id="vendor" data-flags=""><span>Vendor survey</span></li>`)
    expect(pageProblems({ html, sources })).toEqual([
      'Source vendor shows "Vendor survey" but does not declare it.',
    ])
  })
  it('finds a retracted source cited without a notice', () => {
    const html = page(`<p data-claim>x ${citation('gone', ['retracted'], ['Retracted'])}</p>`)
    expect(pageProblems({ html, sources })).toEqual([
      'The page cites retracted or disputed source gone without a notice.',
    ])
  })
  it('finds a headline card citing a finding the page lists as context', () => {
    const html = page(
      `<ul><li class="stat-card" data-claim data-headline-card data-finding-id="f1" data-relation="direct"><p>Direct evidence</p><p>-55% time</p>${PENG}</li></ul>` +
        `<section id="context"><ol><li data-claim data-finding-id="f1" data-relation="context">Context ${PENG}</li></ol></section>`,
    )
    expect(pageProblems({ html, sources })).toEqual([
      expect.stringMatching(/^A headline card cites context finding f1: "Direct evidence-55% time/),
    ])
  })
  it('finds a headline card that does not say it is direct evidence', () => {
    const html = page(
      `<ul><li class="stat-card" data-claim data-finding-id="f2"><p>+40% quality</p>${citation('clean')}</li></ul>`,
    )
    expect(pageProblems({ html, sources })[0]).toMatch(/^A headline card does not say it is direct evidence/)
  })
  it('passes an evidence page that opens with its verdict and certainty', () => {
    const html = page(`<nav>Careers</nav><article>${VERDICT}<section id="findings"></section></article>`)
    expect(pageProblems({ html, sources, path: EVIDENCE_PATH })).toEqual([])
  })
  it('finds an evidence page without a verdict', () => {
    const html = page('<article><section id="why-it-matters"><h2>Why</h2></section></article>')
    expect(pageProblems({ html, sources, path: EVIDENCE_PATH })).toEqual([
      'The evidence page has no verdict.',
    ])
    expect(pageProblems({ html, sources, path: '/careers/backend-developer' })).toEqual([])
  })
  it('finds a verdict that is not the first section', () => {
    const html = page(`<article><section id="why-it-matters"></section>${VERDICT}</article>`)
    expect(pageProblems({ html, sources, path: EVIDENCE_PATH })).toEqual([
      'The verdict is not the first section of the evidence page.',
    ])
  })
  it('finds a verdict without a certainty grade, or with a grade but no reasons', () => {
    const noGrade = VERDICT.replace(/<dl>.*<\/dl>/, '')
    expect(pageProblems({ html: page(noGrade), sources, path: EVIDENCE_PATH })).toEqual([
      'The verdict has no certainty grade in words.',
    ])
    const noReasons = VERDICT.replace(
      /<ul class="certainty-reasons">.*<\/ul>/,
      '<ul class="certainty-reasons"></ul>',
    )
    expect(pageProblems({ html: page(noReasons), sources, path: EVIDENCE_PATH })).toEqual([
      'The verdict gives no reason for its certainty grade.',
    ])
  })
  it('finds a verdict whose importance is only a colour or whose scale is incomplete', () => {
    const colourOnly = VERDICT.replace('<p>Importance: <strong>Useful</strong></p>', '').replace(
      '<li>Useful (this page’s answer)</li>',
      '<li class="current"></li>',
    )
    expect(pageProblems({ html: page(colourOnly), sources, path: EVIDENCE_PATH })).toEqual([
      'The verdict does not say the importance in words.',
      "The verdict's scale leaves out Useful.",
    ])
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

describe('isEvidencePath', () => {
  it('tells an evidence page from the other pages under /careers', () => {
    expect(isEvidencePath(EVIDENCE_PATH)).toBe(true)
    expect(isEvidencePath('/careers/backend-developer')).toBe(false)
    expect(isEvidencePath('/careers/families/15')).toBe(false)
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
