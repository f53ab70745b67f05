import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { SkillClusters } from '../../../../components/evidence/SkillClusters'
import { Taxonomy } from '../../../../components/evidence/Taxonomy'
import { Breadcrumbs } from '../../../../components/site/Breadcrumbs'
import { EvidenceCards } from '../../../../components/site/EvidenceCards'
import { LinkList } from '../../../../components/site/LinkList'
import { Section } from '../../../../components/site/Section'
import { getCareerPage, getCatalogue } from '../../../../lib/data/cached'
import { describe, pageMetadata } from '../../../../lib/site/metadata'
import { paths } from '../../../../lib/site/paths'

type Params = { params: Promise<{ career: string }> }

export const revalidate = 3600

export async function generateStaticParams() {
  const { careers } = await getCatalogue()
  return careers.map((career) => ({ career: career.slug }))
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { career } = await params
  const view = await getCareerPage(career)
  if (!view) return {}
  return pageMetadata({
    title: `${view.career.title}: which skills matter, with the evidence`,
    description: describe(view.career.summary),
    path: view.career.href,
  })
}

export default async function CareerPage({ params }: Params) {
  const { career } = await params
  const view = await getCareerPage(career)
  if (!view) notFound()
  const { career: summary, pages, related } = view

  return (
    <article>
      <Breadcrumbs
        crumbs={[
          { name: 'Careers', path: paths.hub() },
          { name: summary.title, path: summary.href },
        ]}
      />
      <header className="page-header">
        <p className="eyebrow">Career · demand: {summary.demand}</p>
        <h1>{summary.title}</h1>
        <p className="lede">{summary.summary}</p>
      </header>
      <Section id="skills" title={`Skills weighed for ${summary.title}`}>
        <EvidenceCards
          pages={pages}
          label="skill"
          empty="No evidence page for this career has been published yet."
        />
      </Section>
      {summary.clusters.length > 0 ? (
        <Section id="skill-clusters" title="Skill clusters">
          <SkillClusters clusters={summary.clusters} />
        </Section>
      ) : null}
      <Section id="taxonomy" title="Taxonomy codes">
        <Taxonomy taxonomy={summary.taxonomy} />
      </Section>
      {related.length > 0 ? (
        <Section id="related" title="Related careers">
          <LinkList
            label="Related careers"
            items={related.map((link) => ({ href: link.href, label: link.title }))}
          />
        </Section>
      ) : null}
    </article>
  )
}
