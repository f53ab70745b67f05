import type { Where } from 'payload'

import type { PageQuery } from '../graph/loadGraph'
import type { Graph } from '../graph/loadGraph'
import { readyPages } from '../graph/readiness'
import { toEvidenceLink } from '../shape/catalogue'
import type { EvidenceLink } from '../types'

/** Evidence pages listed per page of a career or skill: the work of one request stays bounded. */
export const EVIDENCE_LINKS_PER_PAGE = 24

/** One page of the evidence pages of a career or a skill, with where it sits among them. */
export type EvidenceListView = {
  pages: EvidenceLink[]
  /** Published evidence pages of the career or skill, in all. */
  total: number
  page: number
  totalPages: number
  previous: string | null
  next: string | null
}

/**
 * The window of evidence pages a list page loads. Titles read "<Skill> for <Career>", so by title a
 * career's pages come in skill order and a skill's in career order, through an index either way.
 */
export const evidenceWindow = (where: Where, page: number): PageQuery => ({
  where,
  limit: EVIDENCE_LINKS_PER_PAGE,
  page,
  sort: 'title',
})

/** The list from a graph loaded with `evidenceWindow` as its first page query; null past the last page. */
export const toEvidenceList = ({
  graph,
  page,
  hrefOf,
}: {
  graph: Graph
  page: number
  hrefOf: (page: number) => string
}): EvidenceListView | null => {
  const total = graph.pageTotals[0] ?? 0
  const totalPages = Math.max(1, Math.ceil(total / EVIDENCE_LINKS_PER_PAGE))
  if (!Number.isInteger(page) || page < 1 || page > totalPages) return null
  return {
    pages: readyPages(graph).map(toEvidenceLink),
    total,
    page,
    totalPages,
    previous: page > 1 ? hrefOf(page - 1) : null,
    next: page < totalPages ? hrefOf(page + 1) : null,
  }
}
