import { parse, type HTMLElement } from 'node-html-parser'

import { placeholderProblem } from '../../lib/readiness'

export type ExpectedSource = { flags: string[]; notice: boolean }

type PageCheckArgs = {
  html: string
  /** What every published source must show wherever it appears, from the API, not from the page. */
  sources: Map<string, ExpectedSource>
}

/** The visible text of the page body, without scripts and structured data. */
const visibleText = (root: HTMLElement): string => {
  const body = root.querySelector('main') ?? root
  body.querySelectorAll('script, style, noscript').forEach((element) => element.remove())
  return body.textContent.replace(/\s+/g, ' ')
}

/** What is wrong with one rendered page, as sentences a person can act on. */
export const pageProblems = ({ html, sources }: PageCheckArgs): string[] => {
  const root = parse(html)
  const problems: string[] = []

  const textProblem = placeholderProblem(visibleText(parse(html)))
  if (textProblem) problems.push(`The page ${textProblem}.`)

  for (const claim of root.querySelectorAll('[data-claim]')) {
    if (!claim.querySelector('a[data-cite]')) {
      problems.push(`A figure has no citation link: "${claim.textContent.trim().slice(0, 80)}".`)
    }
  }

  const cited = new Set<string>()
  for (const element of root.querySelectorAll('[data-source-id], a[data-cite]')) {
    const id = element.getAttribute('data-source-id') ?? element.getAttribute('data-cite') ?? ''
    cited.add(id)
  }
  for (const element of root.querySelectorAll('[data-source-id]')) {
    const id = element.getAttribute('data-source-id') ?? ''
    const expected = sources.get(id)
    if (!expected) {
      problems.push(`Source ${id} is shown but is not a published source.`)
      continue
    }
    const shown = new Set(
      element.querySelectorAll('[data-flag]').map((flag) => flag.getAttribute('data-flag')),
    )
    for (const flag of expected.flags) {
      if (!shown.has(flag)) problems.push(`Source ${id} is shown without its "${flag}" flag.`)
    }
  }
  for (const id of cited) {
    if (sources.get(id)?.notice && !root.querySelector(`[data-notice-source="${id}"]`)) {
      problems.push(`The page cites retracted or disputed source ${id} without a notice.`)
    }
  }
  return problems
}

/** A page that asks search engines not to index it (robots meta), which a sitemap must not list. */
export const asksNotToBeIndexed = (html: string): boolean =>
  parse(html)
    .querySelectorAll('meta[name="robots"]')
    .some((meta) => /\bnoindex\b/i.test(meta.getAttribute('content') ?? ''))

/** Links to other pages of the same site, as paths. */
export const internalLinks = (html: string, origin: string): string[] =>
  parse(html)
    .querySelectorAll('a[href]')
    .map((anchor) => anchor.getAttribute('href') ?? '')
    .map((href) => new URL(href, origin))
    .filter((url) => url.origin === origin)
    .map((url) => url.pathname)
