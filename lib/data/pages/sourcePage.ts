import type { Payload, TypedUser } from 'payload'

import { whereCiting } from '../../evidence/model'
import { loadGraph } from '../graph/loadGraph'
import { isReadySource, readyPages } from '../graph/readiness'
import { findPublished } from '../read/findPublished'
import { SELECT } from '../read/selects'
import { toEvidenceLink } from '../shape/catalogue'
import { toFindingView } from '../shape/finding'
import { toSourceView } from '../shape/source'
import type { EvidenceLink, FindingView, SourceView } from '../types'

export type SourcePageView = {
  source: SourceView
  findings: FindingView[]
  /** The first CITING_PAGES_SHOWN pages citing it, by title. */
  citedBy: EvidenceLink[]
  /** How many published pages cite it in all. */
  citedByTotal: number
  updatedAt: string
}

/** Pages citing a source listed on its page: a source the whole catalogue cites stays one bounded read. */
export const CITING_PAGES_SHOWN = 48

/** A source's provenance, its findings, and the first ready pages citing it; null when not published. */
export const loadSourcePage = async ({
  payload,
  sourceId,
  viewer,
}: {
  payload: Payload
  sourceId: string
  viewer?: TypedUser | null
}): Promise<SourcePageView | null> => {
  const [source] = await findPublished({
    payload,
    viewer,
    collection: 'sources',
    where: { id: { equals: sourceId } },
    select: SELECT.source,
  })
  if (!isReadySource(source)) return null

  const findings = await findPublished({
    payload,
    viewer,
    collection: 'findings',
    where: { source: { equals: source.id } },
    select: SELECT.finding,
  })
  const ids = findings.map((finding) => String(finding.id))
  const graph = ids.length
    ? await loadGraph({
        payload,
        viewer,
        pages: [{ where: whereCiting(ids), limit: CITING_PAGES_SHOWN, sort: 'title' }],
      })
    : null
  return {
    source: toSourceView(source),
    findings: findings.map((finding) => toFindingView({ ...finding, source })),
    citedBy: graph ? readyPages(graph).map(toEvidenceLink) : [],
    citedByTotal: graph?.pageTotals[0] ?? 0,
    updatedAt: source.updatedAt,
  }
}
