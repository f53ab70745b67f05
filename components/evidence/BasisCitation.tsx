import type { BasisCitation as Cited, BasisView, FindingView, SourceView } from '../../lib/data/types'
import { referenceNumber } from '../../lib/data/shape/references'
import { Citation } from '../citations/Citation'
import { FactCitation } from './FactCitation'

type BasisProps = {
  basis: BasisView
  citation: Cited<FindingView & { relation?: { label: string } }>
  /** The page's numbered references; left out where the page has none (a career page). */
  references?: SourceView[]
}

/**
 * Where a rating or a demand profile comes from, in words: the cited finding with its source and
 * flags, the dataset fact with its credit, or "Editorial judgement" and what that means.
 */
export function BasisCitation({ basis, citation, references }: BasisProps) {
  const number = (source: SourceView) => (references ? referenceNumber(references, source.id) : undefined)
  return (
    <p className="basis" data-basis={basis.value}>
      <span className="basis-label">Basis: {basis.label}</span>
      {citation.kind === 'finding' ? (
        <>
          {' '}
          — {citation.finding.headline}
          {citation.finding.relation ? ` (${citation.finding.relation.label.toLowerCase()})` : ''}.{' '}
          <Citation source={citation.finding.source} number={number(citation.finding.source)} />
        </>
      ) : null}
      {citation.kind === 'dataset' ? (
        <>
          {' '}
          — <FactCitation fact={citation.fact} references={references ?? []} />
        </>
      ) : null}
      {citation.kind === 'editorial-judgement' && basis.legend ? <> — {basis.legend}</> : null}
    </p>
  )
}
