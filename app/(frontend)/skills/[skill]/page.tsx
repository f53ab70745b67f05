import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { Breadcrumbs } from '../../../../components/site/Breadcrumbs'
import { EvidenceCards } from '../../../../components/site/EvidenceCards'
import { LinkList } from '../../../../components/site/LinkList'
import { Section } from '../../../../components/site/Section'
import { getCatalogue, getSkillPage } from '../../../../lib/data/cached'
import { describe, pageMetadata } from '../../../../lib/site/metadata'
import { paths } from '../../../../lib/site/paths'

type Params = { params: Promise<{ skill: string }> }

export const revalidate = 3600

export async function generateStaticParams() {
  const { skills } = await getCatalogue()
  return skills.filter((skill) => skill.pageCount > 0).map((skill) => ({ skill: skill.slug }))
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { skill } = await params
  const view = await getSkillPage(skill)
  if (!view) return {}
  return pageMetadata({
    title: `${view.skill.name} across careers: the evidence`,
    description: describe(view.skill.summary),
    path: view.skill.href,
  })
}

export default async function SkillPage({ params }: Params) {
  const { skill } = await params
  const view = await getSkillPage(skill)
  if (!view) notFound()

  return (
    <article>
      <Breadcrumbs
        crumbs={[
          { name: 'Careers', path: paths.hub() },
          { name: view.skill.name, path: view.skill.href },
        ]}
      />
      <header className="page-header">
        <p className="eyebrow">Skill · {view.skill.kind}</p>
        <h1>{view.skill.name}</h1>
        <p className="lede">{view.skill.summary}</p>
      </header>
      <Section id="careers" title={`Careers with an evidence page for ${view.skill.name}`}>
        <EvidenceCards
          pages={view.pages}
          label="career"
          empty="No career has a published evidence page for this skill yet."
        />
      </Section>
      {view.adjacent.length > 0 ? (
        <Section id="adjacent-skills" title="Adjacent skills">
          <LinkList
            label="Adjacent skills"
            items={view.adjacent.map((link) => ({ href: link.href, label: link.name }))}
          />
        </Section>
      ) : null}
    </article>
  )
}
