import Link from 'next/link'

import type { TechnologyUseView } from '../../lib/data/pages/skillPage'
import { TechnologyLegend, TechnologyMarks } from './TechnologyMarks'

const careers = (count: number) => `${count} ${count === 1 ? 'career' : 'careers'}`

/** The careers whose occupation uses a technology, each marked hot or in demand where O*NET says so. */
export function TechnologyUse({ use, name }: { use: TechnologyUseView; name: string }) {
  const hidden = use.total - use.careers.length
  return (
    <div className="technology-use">
      <p>
        O*NET lists {name} for {careers(use.total)}: hot in {use.hot}, in demand in {use.inDemand}.
      </p>
      <TechnologyLegend />
      <ul className="career-uses" aria-label={`Careers that use ${name}`}>
        {use.careers.map((career) => (
          <li key={career.href}>
            <Link href={career.href}>{career.title}</Link> <TechnologyMarks {...career} />
          </li>
        ))}
      </ul>
      {hidden > 0 ? (
        <p>
          The first {use.careers.length} by title are listed; {hidden} more{' '}
          {hidden === 1 ? 'career uses' : 'careers use'} it. Browse careers by job family or search to find
          them.
        </p>
      ) : null}
    </div>
  )
}
