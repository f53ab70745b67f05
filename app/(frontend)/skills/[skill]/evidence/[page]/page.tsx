import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { Breadcrumbs } from '../../../../../../components/site/Breadcrumbs'
import { EvidenceList } from '../../../../../../components/site/EvidenceList'
import { getSkillPage } from '../../../../../../lib/data/cached'
import { pageMetadata } from '../../../../../../lib/site/metadata'
import { pageNumber } from '../../../../../../lib/site/pageNumber'
import { paths } from '../../../../../../lib/site/paths'

type Params = { params: Promise<{ skill: string; page: string }> }

export const revalidate = 3600

/** Rendered on first request, then cached until the skill or one of its pages changes. */
export const generateStaticParams = () => []

const load = async (params: Params['params']) => {
  const { skill, page } = await params
  const number = pageNumber(page)
  return number && number > 1 ? getSkillPage(skill, number) : null
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const view = await load(params)
  if (!view) return {}
  return pageMetadata({
    title: `${view.skill.name} across careers, page ${view.evidence.page}`,
    description: `Evidence pages on ${view.skill.name}, ${view.evidence.total} careers in all, by career.`,
    path: paths.skillEvidence(view.skill.slug, view.evidence.page),
    noindex: true,
  })
}

/** Page 2 onwards of a skill's evidence pages; page 1 is the skill's own page. */
export default async function SkillEvidencePage({ params }: Params) {
  const view = await load(params)
  if (!view) notFound()
  return (
    <article>
      <Breadcrumbs
        crumbs={[
          { name: 'Careers', path: paths.hub() },
          { name: view.skill.name, path: view.skill.href },
          {
            name: `Page ${view.evidence.page}`,
            path: paths.skillEvidence(view.skill.slug, view.evidence.page),
          },
        ]}
      />
      <header className="page-header">
        <p className="eyebrow">Skill · careers with evidence</p>
        <h1>Careers with an evidence page for {view.skill.name}</h1>
      </header>
      <EvidenceList
        list={view.evidence}
        label="career"
        empty=""
        pagesLabel={`Pages of evidence on ${view.skill.name}`}
      />
    </article>
  )
}
