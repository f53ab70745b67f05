import type { DemandView, SourceView } from '../../lib/data/types'
import { BasisCitation } from './BasisCitation'

/** A career's demand profile, its rationale, and where it comes from, with the citation and its flags. */
export function Demand({ demand, references }: { demand: DemandView; references?: SourceView[] }) {
  return (
    <div
      className="demand"
      data-demand
      {...(demand.citation.kind === 'finding' ? { 'data-claim': true } : {})}
    >
      <p className="demand-value">
        Demand: <strong>{demand.value}</strong>
      </p>
      <p>{demand.rationale}</p>
      <BasisCitation basis={demand.basis} citation={demand.citation} references={references} />
    </div>
  )
}
