import { parse, type HTMLElement } from 'node-html-parser'

import { CERTAINTY_GRADES, type FlagKey, IMPORTANCE, PROVENANCE_FLAGS } from '../../lib/evidence/model'
import { placeholderProblem } from '../../lib/readiness'

/** What a published source must show wherever it is cited: its flags (from `flagKeysOf`) and a notice. */
export type ExpectedSource = { flags: FlagKey[]; notice: boolean }

type PageCheckArgs = {
  html: string
  /** What every published source must show wherever it appears, from the API, not from the page. */
  sources: Map<string, ExpectedSource>
  /** The page's path, which says what kind of page it is (an evidence page must open with its verdict). */
  path?: string
}

/** The visible text of the page body, without scripts and structured data. */
const visibleText = (root: HTMLElement): string => {
  const body = root.querySelector('main') ?? root
  body.querySelectorAll('script, style, noscript').forEach((element) => element.remove())
  return body.textContent.replace(/\s+/g, ' ')
}

const textOf = (element: HTMLElement) => element.textContent.replace(/\s+/g, ' ')

/** An evidence page's address: /careers/<career>/skills/<skill>. */
export const isEvidencePath = (path: string): boolean => /^\/careers\/[^/]+\/skills\/[^/]+\/?$/.test(path)

/** A figure must carry a link to what it cites. */
const uncitedFigures = (root: HTMLElement): string[] =>
  root
    .querySelectorAll('[data-claim]')
    .filter((claim) => !claim.querySelector('a[data-cite]'))
    .map((claim) => `A figure has no citation link: "${textOf(claim).trim().slice(0, 80)}".`)

/**
 * Every place a source is shown must say each of its flags in words a reader sees, and every citation
 * link must sit inside such a place: a link that does not could lose its flags unnoticed.
 */
const missingFlags = (root: HTMLElement, sources: Map<string, ExpectedSource>): string[] => {
  const problems: string[] = []
  for (const element of root.querySelectorAll('[data-source-id]')) {
    const id = element.getAttribute('data-source-id') ?? ''
    const expected = sources.get(id)
    if (!expected) {
      problems.push(`Source ${id} is shown but is not a published source.`)
      continue
    }
    const text = textOf(element)
    const declared = (element.getAttribute('data-flags') ?? '').split(/\s+/).filter(Boolean)
    for (const flag of expected.flags) {
      const words = PROVENANCE_FLAGS[flag].text
      if (!text.includes(words)) problems.push(`Source ${id} is cited without its "${words}" flag.`)
      else if (!declared.includes(flag))
        problems.push(`Source ${id} shows "${words}" but does not declare it.`)
    }
  }
  for (const link of root.querySelectorAll('a[data-cite]')) {
    const id = link.getAttribute('data-cite') ?? ''
    let holder: HTMLElement | null = link
    while (holder && holder.getAttribute('data-source-id') !== id) holder = holder.parentNode
    if (!holder)
      problems.push(`A citation of source ${id} is not marked with its source, so its flags go unchecked.`)
  }
  return problems
}

/** A retracted or disputed source must come with its notice wherever it is cited. */
const missingNotices = (root: HTMLElement, sources: Map<string, ExpectedSource>): string[] => {
  const cited = new Set(
    root
      .querySelectorAll('[data-source-id], a[data-cite]')
      .map((element) => element.getAttribute('data-source-id') ?? element.getAttribute('data-cite') ?? ''),
  )
  return [...cited]
    .filter((id) => sources.get(id)?.notice && !root.querySelector(`[data-notice-source="${id}"]`))
    .map((id) => `The page cites retracted or disputed source ${id} without a notice.`)
}

/** A headline card shows direct evidence only, and says so; a finding the page lists as context never. */
const contextOnCards = (root: HTMLElement): string[] => {
  const context = new Set(
    root
      .querySelectorAll('[data-relation="context"][data-finding-id]')
      .map((element) => element.getAttribute('data-finding-id')),
  )
  return root.querySelectorAll('[data-headline-card], .stat-card').flatMap((card) => {
    const id = card.getAttribute('data-finding-id') ?? ''
    const excerpt = textOf(card).trim().slice(0, 60)
    if (context.has(id) || card.getAttribute('data-relation') === 'context') {
      return [`A headline card cites context finding ${id}: "${excerpt}".`]
    }
    if (card.getAttribute('data-relation') !== 'direct' || !textOf(card).includes('Direct evidence')) {
      return [`A headline card does not say it is direct evidence: "${excerpt}".`]
    }
    return []
  })
}

/**
 * An evidence page opens with its verdict: the importance in words on its four-step scale, and a
 * certainty grade in words with at least one reason.
 */
const verdictProblems = (root: HTMLElement): string[] => {
  const verdict = root.querySelector('[data-verdict]')
  if (!verdict) return ['The evidence page has no verdict.']
  const problems: string[] = []
  const first = (root.querySelector('main') ?? root).querySelector('section')
  if (first !== verdict) problems.push('The verdict is not the first section of the evidence page.')
  const text = textOf(verdict)
  const importance = IMPORTANCE.find((term) => term.value === verdict.getAttribute('data-importance'))
  if (!importance || !text.includes(importance.label)) {
    problems.push('The verdict does not say the importance in words.')
  }
  const unlisted = IMPORTANCE.filter((term) => !text.includes(term.label)).map((term) => term.label)
  if (unlisted.length) problems.push(`The verdict's scale leaves out ${unlisted.join(', ')}.`)
  const grade = verdict.querySelector('[data-certainty-grade]')
  const term = CERTAINTY_GRADES.find(
    (candidate) => candidate.value === grade?.getAttribute('data-certainty-grade'),
  )
  if (!grade || !term || !textOf(grade).includes(term.label)) {
    problems.push('The verdict has no certainty grade in words.')
  } else if (verdict.querySelectorAll('.certainty-reasons li').length === 0) {
    problems.push('The verdict gives no reason for its certainty grade.')
  }
  return problems
}

/** What is wrong with one rendered page, as sentences a person can act on. */
export const pageProblems = ({ html, sources, path = '' }: PageCheckArgs): string[] => {
  const root = parse(html)
  const textProblem = placeholderProblem(visibleText(parse(html)))
  return [
    ...(textProblem ? [`The page ${textProblem}.`] : []),
    ...uncitedFigures(root),
    ...missingFlags(root, sources),
    ...missingNotices(root, sources),
    ...contextOnCards(root),
    ...(isEvidencePath(path) ? verdictProblems(root) : []),
  ]
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
