import Link from 'next/link'

import type { DatasetView } from '../../lib/data/onetTypes'
import { CAREERS_PER_FAMILY_PAGE, type FamilyPageView } from '../../lib/data/pages/families'
import { paths } from '../../lib/site/paths'
import { OnetAttribution } from '../onet/OnetAttribution'
import { Breadcrumbs } from './Breadcrumbs'
import { Pagination } from './Pagination'

/** One page of a job family's careers, with previous and next links. */
export function FamilyPage({ view, dataset }: { view: FamilyPageView; dataset: DatasetView | null }) {
  const first = (view.page - 1) * CAREERS_PER_FAMILY_PAGE + 1
  return (
    <article>
      <Breadcrumbs
        crumbs={[
          { name: 'Careers', path: paths.hub() },
          { name: 'Job families', path: paths.families() },
          { name: view.family.title, path: view.family.href },
          ...(view.page > 1
            ? [{ name: `Page ${view.page}`, path: paths.family(view.family.code, view.page) }]
            : []),
        ]}
      />
      <header className="page-header">
        <p className="eyebrow">Job family · SOC major group {view.family.code}</p>
        <h1>{view.family.title} occupations</h1>
        <p className="lede">
          {view.totalCareers} {view.totalCareers === 1 ? 'career' : 'careers'}
          {view.totalPages > 1 ? `; ${first}–${first + view.careers.length - 1} on this page` : ''}, by title.
        </p>
      </header>
      <ul className="family-careers">
        {view.careers.map((career) => (
          <li key={career.href}>
            <Link href={career.href}>{career.title}</Link> <span className="chip-note">{career.code}</span>
            {career.description ? <p>{career.description}</p> : null}
          </li>
        ))}
      </ul>
      <Pagination
        page={view.page}
        totalPages={view.totalPages}
        previous={view.previous}
        next={view.next}
        label={`Pages of ${view.family.title} careers`}
      />
      <OnetAttribution dataset={dataset} />
    </article>
  )
}
