import type { FindingView, SourceView } from '../../lib/data/types'
import { referenceNumber } from '../../lib/data/shape/references'
import { CiteLink } from '../citations/CiteLink'
import { SourceFlags } from '../citations/SourceFlags'

/** The numbered findings: the claim, who it covers, how sure it is, and its source with flags. */
export function FindingsList({
  findings,
  references,
}: {
  findings: FindingView[]
  references: SourceView[]
}) {
  return (
    <ol className="findings">
      {findings.map((finding, index) => (
        <li key={finding.id} id={`finding-${index + 1}`} className="finding" data-claim>
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
            <CiteLink source={finding.source} number={referenceNumber(references, finding.source.id)} />
            <SourceFlags flags={finding.source.flags} />
          </p>
        </li>
      ))}
    </ol>
  )
}
