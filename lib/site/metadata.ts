import type { Metadata } from 'next'

import { absoluteUrl } from './siteUrl'

type PageMetadataArgs = {
  title: string
  description: string
  path: string
  type?: 'article' | 'website'
  modifiedTime?: string
  /** Asks search engines not to index the page (its links may still be followed). */
  noindex?: boolean
}

const SITE_NAME = 'Career Evidence'

/** Title, description, canonical URL and Open Graph for one public page. */
export const pageMetadata = ({
  title,
  description,
  path,
  type = 'website',
  modifiedTime,
  noindex = false,
}: PageMetadataArgs): Metadata => ({
  title,
  ...(noindex ? { robots: { index: false, follow: true } } : {}),
  description,
  alternates: { canonical: absoluteUrl(path) },
  openGraph: {
    title,
    description,
    url: absoluteUrl(path),
    siteName: SITE_NAME,
    type,
    ...(type === 'article' && modifiedTime ? { modifiedTime } : {}),
  },
  twitter: { card: 'summary', title, description },
})

/** A description of at most about 160 characters, cut at a word. */
export const describe = (text: string, limit = 160): string => {
  const clean = text.replace(/\s+/g, ' ').trim()
  if (clean.length <= limit) return clean
  return `${clean.slice(0, clean.lastIndexOf(' ', limit - 1))}…`
}
