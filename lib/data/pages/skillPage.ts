import type { Payload, TypedUser } from 'payload'

import { loadGraph } from '../graph/loadGraph'
import { isReadySkill, readyPages } from '../graph/readiness'
import { findPublished } from '../read/findPublished'
import { idsOf } from '../read/ids'
import { SELECT } from '../read/selects'
import { skillLinks, toEvidenceLink, toSkillSummary } from '../shape/catalogue'
import type { EvidenceLink, SkillLink, SkillSummary } from '../types'

export type SkillPageView = { skill: SkillSummary; pages: EvidenceLink[]; adjacent: SkillLink[]; updatedAt: string }

/** A skill across every career with a ready evidence page for it; null when unpublished or not ready. */
export const loadSkillPage = async ({ payload, skillSlug, viewer }: { payload: Payload; skillSlug: string; viewer?: TypedUser | null }): Promise<SkillPageView | null> => {
  const [skill] = await findPublished({ payload, viewer, collection: 'skills', where: { slug: { equals: skillSlug } }, select: SELECT.skill })
  if (!isReadySkill(skill)) return null

  const graph = await loadGraph({
    payload,
    viewer,
    pagesWhere: { skill: { equals: skill.id } },
    skillIds: idsOf(skill.adjacentSkills),
    preloaded: { skills: [skill] },
  })
  return {
    skill: toSkillSummary(skill),
    pages: readyPages(graph)
      .map(toEvidenceLink)
      .sort((a, b) => a.career.title.localeCompare(b.career.title)),
    adjacent: skillLinks(skill.adjacentSkills, graph.skills),
    updatedAt: skill.updatedAt,
  }
}
