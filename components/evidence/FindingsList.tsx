import type { PageFindingView, SourceView } from '../../lib/data/types'
import { referenceNumber } from '../../lib/data/shape/references'
import { Citation } from '../citations/Citation'

type FindingsListProps = {
  findings: PageFindingView[]
  references: SourceView[]
  /** Anchor prefix: "finding" for direct evidence (the cards link to it), "context" for context. */
  anchor: 'finding' | 'context'
}

/** Numbered findings: the claim, whether it is direct evidence, who it covers, how sure it is, its source. */
export function FindingsList({ findings, references, anchor }: FindingsListProps) {
  return (
    <ol className="findings">
      {findings.map((finding, index) => (
        <li
          key={finding.id}
          id={`${anchor}-${index + 1}`}
          className="finding"
          data-claim
          data-finding-id={finding.id}
          data-relation={finding.relation.value}
        >
          <p className="relation">{finding.relation.label}</p>
          <p className="finding-headline">{finding.headline}</p>
          <p>{finding.statement}</p>
          <dl className="finding-facts">
            <div>
              <dt>Population</dt>
              <dd>{finding.population}</dd>
            </div>
            <div>
              <dt>Scope</dt>
              <dd>{finding.scope}</dd>
            </div>
            <div>
              <dt>Certainty</dt>
              <dd>{finding.certainty}</dd>
            </div>
            <div>
              <dt>Limits</dt>
              <dd>{finding.limitations}</dd>
            </div>
          </dl>
          <p className="finding-source">
            <Citation source={finding.source} number={referenceNumber(references, finding.source.id)} />
          </p>
        </li>
      ))}
    </ol>
  )
}
