import { getSitemapFiles } from '../../../lib/data/cached'
import { sitemapFileName } from '../../../lib/data/pages/sitemaps'
import { paths } from '../../../lib/site/paths'
import { sitemapIndexXml, xmlResponse } from '../../../lib/site/sitemapXml'
import { siteUrl } from '../../../lib/site/siteUrl'

export const revalidate = 3600

/** The sitemap index robots.txt names: one entry per file of `/sitemaps/`. */
export async function GET() {
  const files = await getSitemapFiles()
  return xmlResponse(
    sitemapIndexXml({
      base: siteUrl(),
      files: files.map((file) => ({ path: paths.sitemap(sitemapFileName(file)) })),
    }),
  )
}
