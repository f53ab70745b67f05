import type { MetadataRoute } from 'next'

import type { CatalogueView } from '../data/pages/catalogue'
import { paths } from './paths'
import { absoluteUrl } from './siteUrl'

/** Every public URL of the catalogue, with when it last changed where that is known. */
export const sitemapEntries = (catalogue: CatalogueView): MetadataRoute.Sitemap => [
  { url: absoluteUrl(paths.hub()), changeFrequency: 'daily', priority: 1 },
  ...catalogue.careers.map((career) => ({
    url: absoluteUrl(career.href),
    lastModified: career.updatedAt,
    priority: 0.8,
  })),
  ...catalogue.pages.map((page) => ({
    url: absoluteUrl(page.href),
    lastModified: page.updatedAt,
    priority: 0.9,
  })),
  ...catalogue.skills
    .filter((skill) => skill.pageCount > 0)
    .map((skill) => ({ url: absoluteUrl(skill.href), lastModified: skill.updatedAt, priority: 0.6 })),
  ...catalogue.sources.map((source) => ({
    url: absoluteUrl(source.href),
    lastModified: source.updatedAt,
    priority: 0.4,
  })),
]
