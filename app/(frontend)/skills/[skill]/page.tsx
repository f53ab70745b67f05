import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { ReleaseFile } from '../../../../components/onet/FactSource'
import { OnetAttribution } from '../../../../components/onet/OnetAttribution'
import { TechnologyUse } from '../../../../components/onet/TechnologyUse'
import { Breadcrumbs } from '../../../../components/site/Breadcrumbs'
import { EvidenceList } from '../../../../components/site/EvidenceList'
import { LinkList } from '../../../../components/site/LinkList'
import { Section } from '../../../../components/site/Section'
import { getHub, getSkillPage } from '../../../../lib/data/cached'
import type { SkillPageView } from '../../../../lib/data/pages/skillPage'
import { describe, pageMetadata } from '../../../../lib/site/metadata'
import { paths } from '../../../../lib/site/paths'

type Params = { params: Promise<{ skill: string }> }

export const revalidate = 3600

/** Skills with evidence pages are built ahead; technologies render on first request, then cache. */
export async function generateStaticParams() {
  const { skills } = await getHub()
  return skills.map((skill) => ({ skill: skill.slug }))
}

const descriptionOf = (view: SkillPageView): string =>
  view.skill.summary ||
  `${view.skill.name}${view.usedIn?.commodity ? ` (${view.usedIn.commodity})` : ''}: the careers that use it, from O*NET.`

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { skill } = await params
  const view = await getSkillPage(skill)
  if (!view) return {}
  return pageMetadata({
    title:
      view.evidence.total > 0
        ? `${view.skill.name} across careers: the evidence`
        : `${view.skill.name}: the careers that use it`,
    description: describe(descriptionOf(view)),
    path: view.skill.href,
    noindex: !view.indexable,
  })
}

export default async function SkillPage({ params }: Params) {
  const { skill } = await params
  const view = await getSkillPage(skill)
  if (!view) notFound()
  const curated = Boolean(view.skill.summary)

  return (
    <article>
      <Breadcrumbs
        crumbs={[
          { name: 'Careers', path: paths.hub() },
          { name: view.skill.name, path: view.skill.href },
        ]}
      />
      <header className="page-header">
        <p className="eyebrow">
          Skill · {view.skill.kind}
          {view.usedIn?.commodity ? ` · ${view.usedIn.commodity}` : ''}
        </p>
        <h1>{view.skill.name}</h1>
        {curated ? <p className="lede">{view.skill.summary}</p> : null}
      </header>
      {curated || view.evidence.total > 0 ? (
        <Section id="careers" title={`Careers with an evidence page for ${view.skill.name}`}>
          <EvidenceList
            list={view.evidence}
            label="career"
            empty="No career has a published evidence page for this skill yet."
            pagesLabel={`Pages of evidence on ${view.skill.name}`}
          />
        </Section>
      ) : null}
      {view.adjacent.length > 0 ? (
        <Section id="adjacent-skills" title="Adjacent skills">
          <LinkList
            label="Adjacent skills"
            items={view.adjacent.map((link) => ({ href: link.href, label: link.name }))}
          />
        </Section>
      ) : null}
      {view.usedIn ? (
        <Section id="used-in" title={`Careers that use ${view.skill.name}, according to O*NET`}>
          <TechnologyUse use={view.usedIn} name={view.skill.name} />
          <ReleaseFile file="Technology Skills" version={view.dataset?.version ?? null} />
        </Section>
      ) : null}
      {view.dataset || view.usedIn ? <OnetAttribution dataset={view.dataset} /> : null}
    </article>
  )
}
