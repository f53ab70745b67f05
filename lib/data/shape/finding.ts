import { certaintyLabel } from '../../site/labels'
import type { CitedFinding } from '../graph/readiness'
import type { FindingView } from '../types'
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
