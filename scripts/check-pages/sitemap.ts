/** What a sitemap file holds: the files of an index, or the pages of a `urlset`. */
export type SitemapContents = { kind: 'index' | 'urlset'; locations: string[] }

/** The protocol's limit on URLs in one file. */
export const MAX_SITEMAP_URLS = 50_000

export const readSitemap = (xml: string): SitemapContents => ({
  kind: /<sitemapindex[\s>]/.test(xml) ? 'index' : 'urlset',
  locations: [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) =>
    match[1]!.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>'),
  ),
})

/**
 * Every page the sitemap lists, following an index to its files, as paths on the site being checked
 * (the sitemap names the public origin). Problems: a file that fails, is nested, or is over the limit.
 */
export const sitemapPaths = async ({
  origin,
  fetchText,
}: {
  origin: string
  fetchText: (url: string) => Promise<{ status: number; text: string }>
}): Promise<{ paths: string[]; files: number; problems: string[] }> => {
  const problems: string[] = []
  const load = async (path: string) => {
    const { status, text } = await fetchText(`${origin}${path}`)
    if (status !== 200) problems.push(`${path}: the sitemap file answers ${status}.`)
    return status === 200 ? readSitemap(text) : { kind: 'urlset' as const, locations: [] }
  }
  const top = await load('/sitemap.xml')
  const files = top.kind === 'index' ? top.locations.map((location) => new URL(location).pathname) : []
  const pages = top.kind === 'index' ? [] : top.locations
  for (const file of files) {
    const contents = await load(file)
    if (contents.kind === 'index') problems.push(`${file}: a sitemap index may not list another index.`)
    if (contents.locations.length > MAX_SITEMAP_URLS) {
      problems.push(`${file}: ${contents.locations.length} URLs, over the limit of ${MAX_SITEMAP_URLS}.`)
    }
    pages.push(...contents.locations)
  }
  return { paths: pages.map((location) => new URL(location).pathname), files: files.length, problems }
}
