import type { Metadata, Viewport } from 'next'
import Link from 'next/link'
import React from 'react'

import { PreviewBanner } from '../../components/site/PreviewBanner'
import { SearchForm } from '../../components/site/SearchForm'
import { siteStylesheet } from '../../lib/site/inlineStylesheet'
import { paths } from '../../lib/site/paths'
import { siteUrl } from '../../lib/site/siteUrl'

export const metadata: Metadata = {
  metadataBase: new URL(siteUrl()),
  title: { default: 'Career Evidence', template: '%s · Career Evidence' },
  description: 'How much a skill matters for a career, with every figure traced to its source.',
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#fbfaf7' }

export default function FrontendLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <head>
        {/* styles.css, inlined: no stylesheet request stands between the HTML and the first paint */}
        <style dangerouslySetInnerHTML={{ __html: siteStylesheet() }} />
      </head>
      <body>
        <PreviewBanner />
        <a className="skip-link" href="#content">
          Skip to content
        </a>
        <header className="site-header">
          <Link href={paths.hub()} className="site-name">
            Career Evidence
          </Link>
          <nav aria-label="Site">
            <Link href={paths.hub()}>Careers</Link>
            <Link href={paths.families()}>Job families</Link>
            <Link href={paths.assessments()}>Assessments</Link>
          </nav>
          <SearchForm id="site-search" />
        </header>
        <main id="content">{children}</main>
        <footer className="site-footer">
          <p>
            Every figure on this site links to the study it comes from, with that study&rsquo;s provenance.
          </p>
        </footer>
      </body>
    </html>
  )
}
