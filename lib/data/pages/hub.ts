import type { Payload, TypedUser } from 'payload'

import { loadGraph } from '../graph/loadGraph'
import { isReadyCareer, readyPages } from '../graph/readiness'
import { findPublishedPage } from '../read/findPublished'
import { curatedWhere } from '../read/origin'
import { SELECT } from '../read/selects'
import { toCareerLink, toEvidenceLink, toSkillLink } from '../shape/catalogue'
import type { CareerLink, EvidenceLink, SkillLink } from '../types'

/** The hub lists curated careers only; the imported occupations are reached by family and search. */
export const HUB_CAREERS = 60
/** Evidence pages the hub lists under those careers, at most; each career's own page lists all of its. */
export const HUB_PAGES = 200

export type HubView = {
  careers: (CareerLink & { summary: string; pages: EvidenceLink[] })[]
  /** Skills with at least one ready evidence page among those careers'. */
  skills: (SkillLink & { pageCount: number })[]
}

/**
 * The careers editors wrote, those with evidence pages first, and the skills those pages weigh. A
 * fixed number of queries, bounded by the curated catalogue: the imported one never reaches it.
 */
export const loadHub = async ({
  payload,
  viewer,
}: {
  payload: Payload
  viewer?: TypedUser | null
}): Promise<HubView> => {
  const { docs } = await findPublishedPage({
    payload,
    viewer,
    collection: 'careers',
    where: curatedWhere,
    select: SELECT.career,
    sort: 'title',
    limit: HUB_CAREERS,
  })
  const careers = docs.filter(isReadyCareer)
  const graph = await loadGraph({
    payload,
    viewer,
    pages: [
      { where: { career: { in: careers.map((career) => career.id) } }, limit: HUB_PAGES, sort: 'title' },
    ],
    preloaded: { careers },
  })
  const pages = readyPages(graph)
  const pagesOf = (slug: string | null | undefined) => pages.filter((ready) => ready.career.slug === slug)
  const skills = new Map<string, SkillLink & { pageCount: number }>()
  for (const { skill } of pages) {
    const link = skills.get(String(skill.id)) ?? { ...toSkillLink(skill), pageCount: 0 }
    skills.set(String(skill.id), { ...link, pageCount: link.pageCount + 1 })
  }
  return {
    careers: careers
      .map((career) => ({
        ...toCareerLink(career),
        summary: career.summary ?? '',
        pages: pagesOf(career.slug)
          .map(toEvidenceLink)
          .sort((a, b) => a.skill.name.localeCompare(b.skill.name)),
      }))
      .sort(
        (a, b) => Number(b.pages.length > 0) - Number(a.pages.length > 0) || a.title.localeCompare(b.title),
      ),
    skills: [...skills.values()].sort((a, b) => a.name.localeCompare(b.name)),
  }
}
