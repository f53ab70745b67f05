import type { TechnologyView } from '../../lib/data/onetTypes'
import { TECHNOLOGY_MARKS } from '../../lib/onet/technologyMarks'

/** "Hot" and "In demand" in words beside a technology; `TechnologyLegend` says what they mean. */
export function TechnologyMarks({ hot, inDemand }: Pick<TechnologyView, 'hot' | 'inDemand'>) {
  if (!hot && !inDemand) return null
  return (
    <span className="marks">
      {hot ? (
        <span className="mark mark-hot" data-mark="hot">
          {TECHNOLOGY_MARKS.hot.label}
        </span>
      ) : null}
      {inDemand ? (
        <span className="mark mark-in-demand" data-mark="in-demand">
          {TECHNOLOGY_MARKS.inDemand.label}
        </span>
      ) : null}
    </span>
  )
}

export function TechnologyLegend() {
  return (
    <dl className="legend" aria-label="What the technology marks mean">
      {Object.entries(TECHNOLOGY_MARKS).map(([key, mark]) => (
        <div key={key}>
          <dt>
            <span className={`mark mark-${key === 'hot' ? 'hot' : 'in-demand'}`}>{mark.label}</span>
          </dt>
          <dd>{mark.explanation}</dd>
        </div>
      ))}
    </dl>
  )
}
