/*
 * `npm run check:pages [base URL]`: crawls every URL in a running site's sitemap (the index and each of
 * its files) and fails on what a reader must never see: placeholders and empty numbers, a figure
 * without a citation link, a source cited anywhere without each of its flags in words, a retracted or
 * disputed source without a notice, a headline card citing context, an evidence page that does not
 * open with its verdict and certainty grade, a broken internal link; and on a sitemap listing a page
 * that asks not to be indexed.
 */
import { flagKeysOf } from '../lib/evidence/flags'
import { isUnreliableStatus } from '../lib/evidence/model'
import { asksNotToBeIndexed, type ExpectedSource, internalLinks, pageProblems } from './check-pages/problems'
import { sitemapPaths } from './check-pages/sitemap'

type ApiSource = {
  id: string
  provenance?: { sourceType?: string; studyDesign?: string; conflictOfInterest?: string | null }
  verification?: { status?: string }
}

/** Every published source, a page of 100 (the API's largest) at a time. */
const publishedSources = async (base: string): Promise<ApiSource[]> => {
  const sources: ApiSource[] = []
  for (let page = 1; ; page++) {
    const response = await fetch(`${base}/api/sources?limit=100&page=${page}&depth=0`)
    const { docs, hasNextPage } = (await response.json()) as { docs: ApiSource[]; hasNextPage: boolean }
    sources.push(...docs)
    if (!hasNextPage) return sources
  }
}

const expectedSources = async (base: string): Promise<Map<string, ExpectedSource>> => {
  const docs = await publishedSources(base)
  return new Map(
    docs.map((source) => [
      String(source.id),
      {
        // The same rules the pages' citations use, applied to what the API says of the source.
        flags: flagKeysOf({
          source: { provenance: source.provenance ?? {}, verification: source.verification },
        }),
        notice: isUnreliableStatus(source.verification?.status),
      },
    ]),
  )
}

/** Runs `work` over `items`, a few at a time: the site serves several requests at once. */
const inTurns = async <T>(items: T[], work: (item: T) => Promise<void>, parallel = 4) => {
  const queue = [...items]
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      for (let item = queue.shift(); item !== undefined; item = queue.shift()) await work(item)
    }),
  )
}

const fetchText = async (url: string) => {
  const response = await fetch(url)
  return { status: response.status, text: await response.text() }
}

/** Checks every page in the sitemap and every internal link on them; returns the problems found. */
export const checkPages = async (
  base: string,
): Promise<{ pages: number; files: number; links: number; problems: string[] }> => {
  const origin = new URL(base).origin
  const sitemap = await sitemapPaths({ origin, fetchText })
  const sources = await expectedSources(origin)
  const problems: string[] = [...sitemap.problems]
  const links = new Set<string>()
  const served = new Set<string>()

  if (sitemap.paths.length === 0) problems.push('The sitemap lists no pages.')
  await inTurns(sitemap.paths, async (path) => {
    const { status, text: html } = await fetchText(`${origin}${path}`)
    if (status !== 200) {
      problems.push(`${path}: listed in the sitemap but answers ${status}.`)
      return
    }
    served.add(path)
    if (asksNotToBeIndexed(html)) problems.push(`${path}: listed in the sitemap but marked noindex.`)
    pageProblems({ html, sources, path }).forEach((problem) => problems.push(`${path}: ${problem}`))
    internalLinks(html, origin).forEach((link) => links.add(link))
  })
  const unchecked = [...links].filter(
    (link) => !served.has(link) && !link.startsWith('/admin') && !link.startsWith('/api'),
  )
  await inTurns(unchecked, async (link) => {
    const response = await fetch(`${origin}${link}`, { redirect: 'follow' })
    await response.body?.cancel()
    if (response.status >= 400) problems.push(`Broken internal link ${link}: ${response.status}.`)
  })
  return { pages: sitemap.paths.length, files: sitemap.files, links: links.size, problems }
}

const main = async () => {
  const base = process.argv[2] ?? process.env.SITE_URL ?? `http://127.0.0.1:${process.env.PORT ?? '3000'}`
  const { pages, files, links, problems } = await checkPages(base)
  console.log(`Checked ${pages} pages from ${files} sitemap files and ${links} internal links on ${base}.`)
  problems.forEach((problem) => console.log(`  ✗ ${problem}`))
  if (problems.length > 0) {
    console.log(`${problems.length} problems.`)
    process.exit(1)
  }
  console.log('No problems.')
}

if (process.argv[1]?.endsWith('check-pages.ts')) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error)
    process.exit(1)
  })
}
