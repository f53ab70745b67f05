import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { SourceNotices } from '../../../../../../components/citations/SourceNotices'
import { EvidenceSections } from '../../../../../../components/evidence/EvidenceSections'
import { StatCards } from '../../../../../../components/evidence/StatCards'
import { Verdict } from '../../../../../../components/evidence/Verdict'
import { Breadcrumbs } from '../../../../../../components/site/Breadcrumbs'
import { JsonLd } from '../../../../../../components/site/JsonLd'
import { getEvidencePage, getHub } from '../../../../../../lib/data/cached'
import { describe, pageMetadata } from '../../../../../../lib/site/metadata'
import { paths } from '../../../../../../lib/site/paths'
import { articleJsonLd, faqJsonLd } from '../../../../../../lib/site/structuredData'

type Params = { params: Promise<{ career: string; skill: string }> }

/** Rebuilt when its tags are expired by a publish; the hour is only a backstop. */
export const revalidate = 3600
const PRERENDERED_PAGES = 50

/** The first pages of the catalogue are built ahead; the rest render on first request, then cache. */
export async function generateStaticParams() {
  const { careers } = await getHub()
  return careers
    .flatMap((career) => career.pages)
    .slice(0, PRERENDERED_PAGES)
    .map((page) => ({ career: page.career.slug, skill: page.skill.slug }))
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { career, skill } = await params
  const page = await getEvidencePage(career, skill)
  if (!page) return {}
  return pageMetadata({
    title: page.title,
    description: describe(page.summary),
    path: page.href,
    type: 'article',
    modifiedTime: page.updatedAt,
  })
}

export default async function EvidencePage({ params }: Params) {
  const { career, skill } = await params
  const page = await getEvidencePage(career, skill)
  if (!page) notFound()

  return (
    <article className="evidence">
      <Breadcrumbs
        crumbs={[
          { name: 'Careers', path: paths.hub() },
          { name: page.career.title, path: page.career.href },
          { name: page.skill.name, path: page.href },
        ]}
      />
      <JsonLd data={articleJsonLd(page)} />
      <JsonLd data={faqJsonLd(page.faqs)} />
      <header className="page-header">
        <p className="eyebrow">
          <Link href={page.skill.href}>{page.skill.name}</Link> ·{' '}
          <Link href={page.career.href}>{page.career.title}</Link>
        </p>
        <h1>{page.title}</h1>
        <p className="lede">{page.summary}</p>
      </header>
      <SourceNotices notices={page.notices} />
      <Verdict verdict={page.verdict} />
      <StatCards headline={page.headline} findings={page.findings} references={page.references} />
      <EvidenceSections page={page} />
    </article>
  )
}
