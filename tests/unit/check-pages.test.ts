import { describe, expect, it } from 'vitest'

import { internalLinks, pageProblems } from '../../scripts/check-pages/problems'

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
