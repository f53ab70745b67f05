import type { Payload, TypedUser } from 'payload'

import { paths } from '../../site/paths'
import { findingIdsOf, loadGraph } from '../graph/loadGraph'
import { isReadyCareer, isReadySkill, readyPages } from '../graph/readiness'
import { findPublished } from '../read/findPublished'
import { SELECT } from '../read/selects'
import { toCareerLink, toEvidenceLink, toSkillLink } from '../shape/catalogue'
import type { CareerLink, EvidenceLink, SkillLink } from '../types'

export type CatalogueView = {
  careers: (CareerLink & { summary: string; pages: EvidenceLink[]; updatedAt: string })[]
  skills: (SkillLink & { pageCount: number; updatedAt: string })[]
  pages: EvidenceLink[]
  /** Sources cited by at least one ready page, with when they last changed. */
  sources: { href: string; updatedAt: string }[]
}

/** Everything the hub and the sitemap list: ready careers, skills and pages only, in seven queries. */
export const loadCatalogue = async ({ payload, viewer }: { payload: Payload; viewer?: TypedUser | null }): Promise<CatalogueView> => {
  const [careers, skills] = await Promise.all([
    findPublished({ payload, viewer, collection: 'careers', where: {}, select: SELECT.career }),
    findPublished({ payload, viewer, collection: 'skills', where: {}, select: SELECT.skill }),
  ])
  const graph = await loadGraph({ payload, viewer, pagesWhere: {}, preloaded: { careers, skills } })
  const ready = readyPages(graph)
  const pages = ready.map(toEvidenceLink)

  const citedSources = new Set(ready.flatMap(({ page, cite }) => findingIdsOf(page).map((id) => String(cite(id).source.id))))
  return {
    careers: careers
      .filter(isReadyCareer)
      .map((career) => ({
        ...toCareerLink(career),
        summary: career.summary ?? '',
        updatedAt: career.updatedAt,
        pages: pages.filter((page) => page.career.slug === career.slug).sort((a, b) => a.skill.name.localeCompare(b.skill.name)),
      }))
      .sort((a, b) => a.title.localeCompare(b.title)),
    skills: skills
      .filter(isReadySkill)
      .map((skill) => ({
        ...toSkillLink(skill),
        updatedAt: skill.updatedAt,
        pageCount: pages.filter((page) => page.skill.slug === skill.slug).length,
      }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    pages,
    sources: [...citedSources].map((id) => ({
      href: paths.source(id),
      updatedAt: graph.sources.get(id)?.updatedAt ?? '',
    })),
  }
}
