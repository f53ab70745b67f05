import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { FlagLegend } from '../../../../components/citations/FlagLegend'
import { Demand } from '../../../../components/evidence/Demand'
import { SkillClusters } from '../../../../components/evidence/SkillClusters'
import { Taxonomy } from '../../../../components/evidence/Taxonomy'
import { ReleaseFile } from '../../../../components/onet/FactSource'
import { OccupationFacts } from '../../../../components/onet/OccupationFacts'
import { OnetAttribution } from '../../../../components/onet/OnetAttribution'
import { Breadcrumbs } from '../../../../components/site/Breadcrumbs'
import { EvidenceList } from '../../../../components/site/EvidenceList'
import { JsonLd } from '../../../../components/site/JsonLd'
import { LinkList } from '../../../../components/site/LinkList'
import { Section } from '../../../../components/site/Section'
import { getCareerPage, getHub } from '../../../../lib/data/cached'
import type { CareerPageView } from '../../../../lib/data/pages/careerPage'
import { describe, pageMetadata } from '../../../../lib/site/metadata'
import { paths } from '../../../../lib/site/paths'
import { occupationJsonLd } from '../../../../lib/site/structuredData'

type Params = { params: Promise<{ career: string }> }

export const revalidate = 3600

/** The curated careers are built ahead; the imported occupations render on first request, then cache. */
export async function generateStaticParams() {
  const { careers } = await getHub()
  return careers.map((career) => ({ career: career.slug }))
}

const descriptionOf = (view: CareerPageView): string =>
  view.curated?.career.summary ??
  view.occupation?.description ??
  `${view.title}: an occupation in the O*NET database.`

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { career } = await params
  const view = await getCareerPage(career)
  if (!view) return {}
  return pageMetadata({
    title: view.curated
      ? `${view.title}: which skills matter, with the evidence`
      : `${view.title}: tasks, preparation, interests and technologies`,
    description: describe(descriptionOf(view)),
    path: view.href,
    noindex: !view.indexable,
  })
}

function CuratedCareer({
  view,
}: {
  view: CareerPageView & { curated: NonNullable<CareerPageView['curated']> }
}) {
  const { career, related } = view.curated
  const { occupation } = view
  return (
    <article>
      <Breadcrumbs
        crumbs={[
          { name: 'Careers', path: paths.hub() },
          { name: career.title, path: career.href },
        ]}
      />
      <header className="page-header">
        <p className="eyebrow">Career{career.demand ? ` · demand: ${career.demand.value}` : ''}</p>
        <h1>{career.title}</h1>
        <p className="lede">{career.summary}</p>
      </header>
      {career.demand ? (
        <Section id="demand" title="Demand for the career">
          <Demand demand={career.demand} />
          <FlagLegend entries={view.flagLegend} level={3} />
        </Section>
      ) : null}
      <Section id="skills" title={`Skills weighed for ${career.title}`}>
        <EvidenceList
          list={view.evidence}
          label="skill"
          empty="No evidence page for this career has been published yet."
          pagesLabel={`Pages of evidence for ${career.title}`}
        />
      </Section>
      {career.clusters.length > 0 ? (
        <Section id="skill-clusters" title="Skill clusters">
          <SkillClusters clusters={career.clusters} />
        </Section>
      ) : null}
      <Section id="taxonomy" title="Taxonomy codes">
        <Taxonomy taxonomy={career.taxonomy} />
      </Section>
      {related.length > 0 ? (
        <Section id="related" title="Related careers">
          <LinkList
            label="Related careers"
            items={related.map((link) => ({ href: link.href, label: link.title }))}
          />
        </Section>
      ) : null}
      {occupation ? (
        <section id="occupation" aria-labelledby="occupation-title" className="section occupation">
          <h2 id="occupation-title">
            The O*NET occupation it belongs to: {occupation.title} ({occupation.code})
          </h2>
          <p className="section-intro">
            {career.title} is one specialisation of this occupation. The facts below describe the occupation
            as a whole, as O*NET publishes them, not {career.title} in particular.{' '}
            <Link href={occupation.href}>The occupation&rsquo;s own page</Link>.
          </p>
          <OccupationFacts occupation={occupation} dataset={view.dataset} level={3} idPrefix="occupation-" />
          <OnetAttribution dataset={view.dataset} />
        </section>
      ) : null}
    </article>
  )
}

function Occupation({
  view,
  occupation,
}: {
  view: CareerPageView
  occupation: NonNullable<CareerPageView['occupation']>
}) {
  return (
    <article>
      <Breadcrumbs
        crumbs={[
          { name: 'Careers', path: paths.hub() },
          ...(occupation.family ? [{ name: occupation.family.title, path: occupation.family.href }] : []),
          { name: view.title, path: view.href },
        ]}
      />
      <header className="page-header">
        <p className="eyebrow">
          Occupation · O*NET-SOC {occupation.code}
          {occupation.family ? ` · ${occupation.family.title}` : ''}
        </p>
        <h1>{view.title}</h1>
        {occupation.description ? (
          <>
            <p className="lede">{occupation.description}</p>
            <ReleaseFile file="Occupation Data" version={view.dataset?.version ?? null} />
          </>
        ) : null}
      </header>
      {view.specialisations.length > 0 ? (
        <Section id="specialisations" title="Weighed skill by skill on this site">
          <LinkList
            label={`Careers that specialise ${view.title}`}
            items={view.specialisations.map((link) => ({ href: link.href, label: link.title }))}
          />
        </Section>
      ) : null}
      {view.evidence.total > 0 ? (
        <Section id="skills" title={`Skills weighed for ${view.title}`}>
          <EvidenceList
            list={view.evidence}
            label="skill"
            empty=""
            pagesLabel={`Pages of evidence for ${view.title}`}
          />
        </Section>
      ) : null}
      <OccupationFacts occupation={occupation} dataset={view.dataset} showDescription={false} />
      <OnetAttribution dataset={view.dataset} />
      <JsonLd data={occupationJsonLd(occupation, view.dataset)} />
    </article>
  )
}

export default async function CareerPage({ params }: Params) {
  const { career } = await params
  const view = await getCareerPage(career)
  if (!view) notFound()
  if (view.curated) return <CuratedCareer view={{ ...view, curated: view.curated }} />
  if (!view.occupation) notFound()
  return <Occupation view={view} occupation={view.occupation} />
}
