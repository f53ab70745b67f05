import type { TechnologiesView, TechnologyView } from '../../lib/data/onetTypes'
import { TechnologyLegend, TechnologyMarks } from './TechnologyMarks'

/**
 * The marks a group of technologies shares, in the order employers ask for them. Each group says its
 * marks once, in words, in its heading, rather than after every one of up to hundreds of names: the
 * same information in a fraction of the page.
 */
const MARK_GROUPS = [
  { hot: true, inDemand: true, label: 'hot and in demand' },
  { hot: false, inDemand: true, label: 'in demand' },
  { hot: true, inDemand: false, label: 'hot' },
] as const

/**
 * A plain link: lists of hundreds of technologies would otherwise hydrate, and prefetch as they
 * scroll into view, one client-side link each. Keys are positions: the lists never reorder.
 */
function Technologies({ items, label }: { items: TechnologyView[]; label?: string }) {
  return (
    <ul className="chips" aria-label={label}>
      {items.map((technology, index) => (
        <li key={index}>
          {technology.href ? <a href={technology.href}>{technology.name}</a> : technology.name}
        </li>
      ))}
    </ul>
  )
}

/**
 * What employers ask for first (in groups by the marks O*NET gives them, each mark in words), then every
 * other technology behind a disclosure, grouped by kind, so a list of hundreds stays readable.
 */
export function TechnologyList({ technologies, id }: { technologies: TechnologiesView; id: string }) {
  const { marked, others, total } = technologies
  const otherCount = total - marked.length
  const markGroups = MARK_GROUPS.map((group) => ({
    ...group,
    items: marked.filter(({ hot, inDemand }) => hot === group.hot && inDemand === group.inDemand),
  })).filter((group) => group.items.length > 0)
  return (
    <div className="technologies">
      <TechnologyLegend />
      {marked.length > 0 ? (
        <>
          <p>
            {marked.length} of the {total} technologies are hot or in demand:
          </p>
          {markGroups.map((group) => (
            <div key={group.label} className="technology-group" data-marks={group.label}>
              <h4>
                <TechnologyMarks hot={group.hot} inDemand={group.inDemand} /> ({group.items.length})
              </h4>
              <Technologies items={group.items} label={`Technologies that are ${group.label}`} />
            </div>
          ))}
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
              <Technologies items={group.items} />
            </div>
          ))}
        </details>
      ) : null}
    </div>
  )
}
