import Link from 'next/link'

import type { TechnologiesView, TechnologyView } from '../../lib/data/onetTypes'
import { TechnologyLegend, TechnologyMarks } from './TechnologyMarks'

function Technology({ technology, marks }: { technology: TechnologyView; marks: boolean }) {
  return (
    <li>
      {technology.href ? <Link href={technology.href}>{technology.name}</Link> : technology.name}
      {marks ? (
        <>
          {' '}
          <TechnologyMarks {...technology} />
        </>
      ) : null}
    </li>
  )
}

/**
 * What employers ask for first (in demand, then hot, each marked in words), then every other
 * technology behind a disclosure, grouped by kind, so a list of hundreds stays readable.
 */
export function TechnologyList({ technologies, id }: { technologies: TechnologiesView; id: string }) {
  const { marked, others, total } = technologies
  const otherCount = total - marked.length
  return (
    <div className="technologies">
      <TechnologyLegend />
      {marked.length > 0 ? (
        <>
          <p>
            {marked.length} of the {total} technologies are hot or in demand:
          </p>
          <ul className="chips technology-list" aria-label="Hot or in-demand technologies">
            {marked.map((technology) => (
              <Technology key={technology.name} technology={technology} marks />
            ))}
          </ul>
        </>
      ) : (
        <p>None of the {total} technologies is marked hot or in demand.</p>
      )}
      {otherCount > 0 ? (
        <details className="more" id={`${id}-others`}>
          <summary>
            {marked.length > 0 ? 'The other' : 'All'} {otherCount}{' '}
            {otherCount === 1 ? 'technology' : 'technologies'}, by kind ({others.length}{' '}
            {others.length === 1 ? 'kind' : 'kinds'})
          </summary>
          {others.map((group) => (
            <div key={group.commodity} className="technology-group">
              <h4>
                {group.commodity} ({group.items.length})
              </h4>
              <ul className="chips">
                {group.items.map((technology) => (
                  <Technology key={technology.name} technology={technology} marks={false} />
                ))}
              </ul>
            </div>
          ))}
        </details>
      ) : null}
    </div>
  )
}
