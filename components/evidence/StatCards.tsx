import type { FindingView, SourceView } from '../../lib/data/types'
import { referenceNumber } from '../../lib/data/shape/references'
import { CiteLink } from '../citations/CiteLink'
import { SourceFlags } from '../citations/SourceFlags'

type StatCardsProps = { headline: FindingView[]; findings: FindingView[]; references: SourceView[] }

/** The headline stats: each with its source, year, and links to the numbered finding and the source. */
export function StatCards({ headline, findings, references }: StatCardsProps) {
  return (
    <ul className="stat-cards" aria-label="Headline findings">
      {headline.map((finding) => {
        const findingNumber = findings.findIndex((candidate) => candidate.id === finding.id) + 1
        return (
          <li key={finding.id} className="stat-card" data-claim>
            <p className="stat">{finding.headline}</p>
            <p className="stat-source">
              <CiteLink source={finding.source} number={referenceNumber(references, finding.source.id)} />
              <SourceFlags flags={finding.source.flags} />
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
