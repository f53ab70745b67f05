import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { Breadcrumbs } from '../../../../../../components/site/Breadcrumbs'
import { EvidenceList } from '../../../../../../components/site/EvidenceList'
import { getCareerPage } from '../../../../../../lib/data/cached'
import { pageMetadata } from '../../../../../../lib/site/metadata'
import { pageNumber } from '../../../../../../lib/site/pageNumber'
import { paths } from '../../../../../../lib/site/paths'

type Params = { params: Promise<{ career: string; page: string }> }

export const revalidate = 3600

/** Rendered on first request, then cached until the career or one of its pages changes. */
export const generateStaticParams = () => []

const load = async (params: Params['params']) => {
  const { career, page } = await params
  const number = pageNumber(page)
  return number && number > 1 ? getCareerPage(career, number) : null
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const view = await load(params)
  if (!view) return {}
  return pageMetadata({
    title: `${view.title}: skills weighed, page ${view.evidence.page}`,
    description: `Evidence pages on the skills of ${view.title}, ${view.evidence.total} in all, by skill.`,
    path: paths.careerEvidence(view.slug, view.evidence.page),
    noindex: true,
  })
}

/** Page 2 onwards of a career's evidence pages; page 1 is the career's own page. */
export default async function CareerEvidencePage({ params }: Params) {
  const view = await load(params)
  if (!view) notFound()
  return (
    <article>
      <Breadcrumbs
        crumbs={[
          { name: 'Careers', path: paths.hub() },
          { name: view.title, path: view.href },
          { name: `Page ${view.evidence.page}`, path: paths.careerEvidence(view.slug, view.evidence.page) },
        ]}
      />
      <header className="page-header">
        <p className="eyebrow">Career · skills weighed</p>
        <h1>Skills weighed for {view.title}</h1>
      </header>
      <EvidenceList
        list={view.evidence}
        label="skill"
        empty=""
        pagesLabel={`Pages of evidence for ${view.title}`}
      />
    </article>
  )
}
