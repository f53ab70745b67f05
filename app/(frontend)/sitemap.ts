import type { MetadataRoute } from 'next'

import { getCatalogue } from '../../lib/data/cached'
import { sitemapEntries } from '../../lib/site/sitemapEntries'

export const revalidate = 3600

/** Published, ready pages only: the catalogue loader leaves out drafts and anything not ready. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  return sitemapEntries(await getCatalogue())
}
