/** Sitemap files as the sitemaps.org protocol defines them: a `urlset`, or an index of files. */
export type SitemapUrl = { path: string; lastModified?: string | null }

/** The protocol's limit is 50,000 URLs a file; ours stay well under it. */
export const SITEMAP_URLS_PER_FILE = 10_000

const escapeXml = (text: string): string =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')

const entry = (tag: 'url' | 'sitemap', base: string, { path, lastModified }: SitemapUrl) =>
  `<${tag}><loc>${escapeXml(new URL(path, base).toString())}</loc>${
    lastModified ? `<lastmod>${escapeXml(new Date(lastModified).toISOString())}</lastmod>` : ''
  }</${tag}>`

const HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n'
const NAMESPACE = 'http://www.sitemaps.org/schemas/sitemap/0.9'

/** A sitemap listing pages; throws rather than write a file search engines would reject. */
export const urlSetXml = ({ base, urls }: { base: string; urls: SitemapUrl[] }): string => {
  if (urls.length > SITEMAP_URLS_PER_FILE) {
    throw new Error(
      `A sitemap file holds at most ${SITEMAP_URLS_PER_FILE} URLs; this one has ${urls.length}.`,
    )
  }
  return `${HEAD}<urlset xmlns="${NAMESPACE}">${urls.map((url) => entry('url', base, url)).join('')}</urlset>\n`
}

/** The sitemap index: one entry per sitemap file. */
export const sitemapIndexXml = ({ base, files }: { base: string; files: SitemapUrl[] }): string =>
  `${HEAD}<sitemapindex xmlns="${NAMESPACE}">${files.map((file) => entry('sitemap', base, file)).join('')}</sitemapindex>\n`

/** The response every sitemap file is served with. */
export const xmlResponse = (xml: string): Response =>
  new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } })
