import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { SourceNotices } from '../../../../components/citations/SourceNotices'
import { FlagLegend } from '../../../../components/citations/FlagLegend'
import { SourceProvenance } from '../../../../components/citations/SourceProvenance'
import { Breadcrumbs } from '../../../../components/site/Breadcrumbs'
import { EvidenceCards } from '../../../../components/site/EvidenceCards'
import { Section } from '../../../../components/site/Section'
import { getSourcePage } from '../../../../lib/data/cached'
import { legendFor } from '../../../../lib/evidence/flags'
import { describe, pageMetadata } from '../../../../lib/site/metadata'
import { paths } from '../../../../lib/site/paths'

type Params = { params: Promise<{ id: string }> }

export const revalidate = 3600

/** Sources render on first request and are cached from then on. */
export async function generateStaticParams() {
  return []
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { id } = await params
  const view = await getSourcePage(id)
  if (!view) return {}
  return pageMetadata({
    title: view.source.title,
    description: describe(view.source.citation),
    path: view.source.href,
  })
}

export default async function SourcePage({ params }: Params) {
  const { id } = await params
  const view = await getSourcePage(id)
  if (!view) notFound()
  const { source } = view
  const notices = source.notice ? [{ ...source.notice, sourceId: source.id, href: source.href }] : []

  return (
    <article>
      <Breadcrumbs
        crumbs={[
          { name: 'Careers', path: paths.hub() },
          { name: source.label, path: source.href },
        ]}
      />
      <header className="page-header">
        <p className="eyebrow">Source · {source.year}</p>
        <h1>{source.title}</h1>
      </header>
      <SourceNotices notices={notices} />
      <SourceProvenance source={source} />
      <FlagLegend entries={legendFor([source.flags])} />
      <Section id="findings" title="Findings drawn from it">
        <ul className="findings">
          {view.findings.map((finding) => (
            <li key={finding.id} className="finding">
              <p className="finding-headline">{finding.headline}</p>
              <p>{finding.statement}</p>
              <p className="card-meta">
                {finding.certainty} · {finding.population}
              </p>
            </li>
          ))}
        </ul>
      </Section>
      <Section id="cited-by" title="Pages that cite it">
        <EvidenceCards
          pages={view.citedBy}
          label="career"
          empty="No published evidence page cites this source yet."
        />
        {view.citedByTotal > view.citedBy.length ? (
          <p>
            The first {view.citedBy.length} of the {view.citedByTotal} evidence pages that cite it, by title.
          </p>
        ) : null}
      </Section>
    </article>
  )
}
