import type { PageFindingView, SourceView } from '../../lib/data/types'
import { referenceNumber } from '../../lib/data/shape/references'
import { Citation } from '../citations/Citation'

type StatCardsProps = { headline: PageFindingView[]; findings: PageFindingView[]; references: SourceView[] }

/**
 * The headline stats: direct evidence only, each saying so, with its source, year and flags, and
 * links to the numbered finding and the source. No cards at all when nothing cited is direct.
 */
export function StatCards({ headline, findings, references }: StatCardsProps) {
  if (headline.length === 0) return null
  return (
    <ul className="stat-cards" aria-label="Headline findings">
      {headline.map((finding) => {
        const findingNumber = findings.findIndex((candidate) => candidate.id === finding.id) + 1
        return (
          <li
            key={finding.id}
            className="stat-card"
            data-claim
            data-headline-card
            data-finding-id={finding.id}
            data-relation={finding.relation.value}
          >
            <p className="relation">{finding.relation.label}</p>
            <p className="stat">{finding.headline}</p>
            <p className="stat-source">
              <Citation source={finding.source} number={referenceNumber(references, finding.source.id)} />
            </p>
            <p className="stat-links">
              {findingNumber > 0 ? <a href={`#finding-${findingNumber}`}>Finding {findingNumber}</a> : null}
              <a href={finding.source.href}>Source and provenance</a>
            </p>
          </li>
        )
      })}
    </ul>
  )
}
