import { EVIDENCE_RELATIONS, type EvidenceRelation, readerLabel } from '../../evidence/model'
import { certaintyLabel } from '../../site/labels'
import type { CitedFinding } from '../graph/readiness'
import type { FindingView, PageFindingView } from '../types'
import { toSourceView } from './source'

export const toFindingView = (finding: CitedFinding): FindingView => ({
  id: String(finding.id),
  headline: finding.headline,
  statement: finding.statement,
  population: finding.population,
  scope: finding.scope,
  certainty: certaintyLabel(finding.certainty),
  limitations: finding.limitations,
  source: toSourceView(finding.source),
})

/** A finding as an evidence page cites it, saying in words whether it measures this skill or career. */
export const toPageFindingView = (finding: CitedFinding, relation: EvidenceRelation): PageFindingView => ({
  ...toFindingView(finding),
  relation: { value: relation, label: readerLabel(EVIDENCE_RELATIONS, relation) },
})
