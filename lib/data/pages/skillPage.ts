import type { Payload, TypedUser, Where } from 'payload'

import { skillIsIndexable } from '../../site/indexing'
import { loadGraph } from '../graph/loadGraph'
import { isReadyCareer, isReadySkill } from '../graph/readiness'
import type { DatasetView } from '../onetTypes'
import { findPublished, findPublishedPage } from '../read/findPublished'
import { idsOf } from '../read/ids'
import { loadOnetDataset } from '../read/onetDataset'
import { SELECT } from '../read/selects'
import { paths } from '../../site/paths'
import { skillLinks, toCareerLink, toSkillSummary } from '../shape/catalogue'
import type { CareerLink, SkillLink, SkillSummary } from '../types'
import { type EvidenceListView, evidenceWindow, toEvidenceList } from './evidenceList'

/** Enough to scan; the count says how many more there are, and search and job families find them. */
export const CAREERS_PER_TECHNOLOGY = 100

export type TechnologyUseView = {
  /** How many published careers O*NET lists the technology for, and for how many it is hot or in demand. */
  total: number
  hot: number
  inDemand: number
  /** The first CAREERS_PER_TECHNOLOGY of them by title, each with its marks. */
  careers: (CareerLink & { hot: boolean; inDemand: boolean })[]
  /** The kind of technology (UNSPSC commodity), when the release gives it. */
  commodity: string | null
}

export type SkillPageView = {
  skill: SkillSummary
  /** The page of its evidence pages asked for (the first on the skill's own page). */
  evidence: EvidenceListView
  adjacent: SkillLink[]
  /** The careers whose O*NET occupation uses it; null when none does. */
  usedIn: TechnologyUseView | null
  dataset: DatasetView | null
  indexable: boolean
  updatedAt: string
}

type LoadArgs = {
  payload: Payload
  skillSlug: string
  /** Which page of its evidence pages to list; page 1 is the skill's own page. */
  page?: number
  viewer?: TypedUser | null
}

/**
 * Careers using a technology, by the relationship lists the import keeps (indexed), never by reading
 * every career's technologies: all of them, the hot ones and the in-demand ones, each query bounded.
 * Hot and in-demand careers are subsets of all, sorted the same way, so the marks of the careers shown
 * are exact.
 */
const loadTechnologyUse = async ({
  payload,
  viewer,
  skillId,
}: {
  payload: Payload
  viewer?: TypedUser | null
  skillId: string
}) => {
  const using = (field: string) =>
    findPublishedPage({
      payload,
      viewer,
      collection: 'careers',
      where: { [`onet.${field}`]: { in: [skillId] } } as Where,
      select: SELECT.careerListing,
      sort: 'title',
      limit: CAREERS_PER_TECHNOLOGY,
    })
  const [all, hot, inDemand] = await Promise.all([
    using('technologySkills'),
    using('hotTechnologySkills'),
    using('inDemandTechnologySkills'),
  ])
  const hotIds = new Set(hot.docs.map((career) => String(career.id)))
  const inDemandIds = new Set(inDemand.docs.map((career) => String(career.id)))
  return {
    total: all.totalDocs,
    hot: hot.totalDocs,
    inDemand: inDemand.totalDocs,
    careers: all.docs.filter(isReadyCareer).map((career) => ({
      ...toCareerLink(career),
      hot: hotIds.has(String(career.id)),
      inDemand: inDemandIds.has(String(career.id)),
    })),
  }
}

/**
 * A skill with one page of its evidence pages and the careers that use it, or null when unpublished,
 * not ready, or without such a page of evidence. A fixed number of bounded queries: the skill, a
 * window of its pages with their count and what they cite, three bounded queries for the careers
 * using it, and the dataset those come from.
 */
export const loadSkillPage = async ({
  payload,
  skillSlug,
  page = 1,
  viewer,
}: LoadArgs): Promise<SkillPageView | null> => {
  const [skill] = await findPublished({
    payload,
    viewer,
    collection: 'skills',
    where: { slug: { equals: skillSlug } },
    select: SELECT.skill,
  })
  if (!isReadySkill(skill)) return null

  const [graph, use, dataset] = await Promise.all([
    loadGraph({
      payload,
      viewer,
      pages: [evidenceWindow({ skill: { equals: skill.id } }, page)],
      skillIds: idsOf(skill.adjacentSkills),
      preloaded: { skills: [skill] },
    }),
    loadTechnologyUse({ payload, viewer, skillId: String(skill.id) }),
    loadOnetDataset({ payload, viewer }),
  ])
  const evidence = toEvidenceList({
    graph,
    page,
    hrefOf: (number) => paths.skillEvidence(skill.slug ?? '', number),
  })
  if (!evidence) return null
  const usedIn = use.total > 0 ? { ...use, commodity: skill.onet?.commodityTitle?.trim() || null } : null
  return {
    skill: toSkillSummary(skill),
    evidence,
    adjacent: skillLinks(skill.adjacentSkills, graph.skills),
    usedIn,
    dataset: usedIn || skill.origin === 'onet' ? dataset : null,
    indexable: skillIsIndexable(skill),
    updatedAt: skill.updatedAt,
  }
}
