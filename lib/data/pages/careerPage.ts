import type { Payload, TypedUser } from 'payload'

import { loadGraph } from '../graph/loadGraph'
import { isReadyCareer, readyPages } from '../graph/readiness'
import { findPublished } from '../read/findPublished'
import { idsOf } from '../read/ids'
import { SELECT } from '../read/selects'
import { toCareerLink, toCareerSummary, toEvidenceLink } from '../shape/catalogue'
import type { CareerLink, CareerSummary, EvidenceLink } from '../types'

export type CareerPageView = { career: CareerSummary; pages: EvidenceLink[]; related: CareerLink[]; updatedAt: string }

/** A career and every ready evidence page of it, in six queries; null when unpublished or not ready. */
export const loadCareerPage = async ({ payload, careerSlug, viewer }: { payload: Payload; careerSlug: string; viewer?: TypedUser | null }): Promise<CareerPageView | null> => {
  const [career] = await findPublished({ payload, viewer, collection: 'careers', where: { slug: { equals: careerSlug } }, select: SELECT.career })
  if (!isReadyCareer(career)) return null

  const graph = await loadGraph({
    payload,
    viewer,
    pagesWhere: { career: { equals: career.id } },
    careerIds: idsOf(career.relatedCareers),
    skillIds: (career.skillClusters ?? []).flatMap((cluster) => idsOf(cluster.skills)),
    preloaded: { careers: [career] },
  })
  return {
    career: toCareerSummary(career, graph.skills),
    pages: readyPages(graph)
      .map(toEvidenceLink)
      .sort((a, b) => a.skill.name.localeCompare(b.skill.name)),
    related: idsOf(career.relatedCareers)
      .map((id) => graph.careers.get(id))
      .filter(isReadyCareer)
      .map(toCareerLink),
    updatedAt: career.updatedAt,
  }
}
