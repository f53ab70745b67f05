/*
 * `npm run check:pages [base URL]`: crawls every URL in a running site's sitemap and fails on what a
 * reader must never see: placeholders and empty numbers, a figure without a citation link, a flagged
 * source without its flag, a retracted or disputed source without a notice, a broken internal link.
 */
import { isUnreliableStatus } from '../lib/evidence/model'
import { deriveProvenanceFlags } from '../lib/provenanceFlags'
import { type ExpectedSource, internalLinks, pageProblems } from './check-pages/problems'

type ApiSource = {
  id: string
  provenance?: { sourceType?: string; studyDesign?: string }
  verification?: { status?: string }
}

const expectedSources = async (base: string): Promise<Map<string, ExpectedSource>> => {
  const response = await fetch(`${base}/api/sources?limit=1000&depth=0`)
  const { docs } = (await response.json()) as { docs: ApiSource[] }
  return new Map(
    docs.map((source) => {
      const flags = deriveProvenanceFlags({
        sourceType: source.provenance?.sourceType,
        studyDesign: source.provenance?.studyDesign,
        verificationStatus: source.verification?.status,
      })
      return [
        String(source.id),
        {
          flags: Object.entries(flags).flatMap(([key, on]) => (on ? [key] : [])),
          notice: isUnreliableStatus(source.verification?.status),
        },
      ]
    }),
  )
}

/** Checks every page in the sitemap and every internal link on them; returns the problems found. */
export const checkPages = async (
  base: string,
): Promise<{ pages: number; links: number; problems: string[] }> => {
  const origin = new URL(base).origin
  const sitemap = await (await fetch(`${origin}/sitemap.xml`)).text()
  // The sitemap names the public origin; the crawl stays on the site being checked.
  const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname)
  const sources = await expectedSources(origin)
  const problems: string[] = []
  const links = new Set<string>()

  if (paths.length === 0) problems.push('The sitemap lists no pages.')
  for (const path of paths) {
    const response = await fetch(`${origin}${path}`)
    if (response.status !== 200) {
      problems.push(`${path}: listed in the sitemap but answers ${response.status}.`)
      continue
    }
    const html = await response.text()
    pageProblems({ html, sources }).forEach((problem) => problems.push(`${path}: ${problem}`))
    internalLinks(html, origin).forEach((link) => links.add(link))
  }
  for (const link of links) {
    if (link.startsWith('/admin') || link.startsWith('/api')) continue
    const response = await fetch(`${origin}${link}`, { redirect: 'follow' })
    if (response.status >= 400) problems.push(`Broken internal link ${link}: ${response.status}.`)
  }
  return { pages: paths.length, links: links.size, problems }
}

const main = async () => {
  const base = process.argv[2] ?? process.env.SITE_URL ?? `http://127.0.0.1:${process.env.PORT ?? '3000'}`
  const { pages, links, problems } = await checkPages(base)
  console.log(`Checked ${pages} pages and ${links} internal links on ${base}.`)
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
