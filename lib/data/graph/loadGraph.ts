import type { Payload, TypedUser, Where } from 'payload'

import type { Career, CareerSkill, Finding, Skill, Source } from '../../../payload-types'
import { CITING_FIELDS, valuesAtPath } from '../../evidence/model'
import { findPublished, findPublishedByIds, findPublishedPage } from '../read/findPublished'
import { idOf, idsOf } from '../read/ids'
import { SELECT } from '../read/selects'

/** Published evidence pages and everything they point at, keyed by ID. */
export type Graph = {
  pages: CareerSkill[]
  /** How many published pages match each query of `pages`, beyond the window loaded. */
  pageTotals: number[]
  careers: Map<string, Career>
  skills: Map<string, Skill>
  findings: Map<string, Finding>
  sources: Map<string, Source>
  /** The O*NET occupation of each page's career, with the technology flags ratings may rest on. */
  occupations: Map<string, Career>
}

/**
 * Evidence pages to load. A list that grows with the catalogue (a career's pages, a skill's) takes a
 * window of it: `limit` pages at `page`, by `sort`, so one request never loads more than that.
 */
export type PageQuery = { where: Where; limit?: number; page?: number; sort?: string }

type LoadGraphArgs = {
  payload: Payload
  /** Set while an editor previews drafts. */
  viewer?: TypedUser | null
  /** Which evidence pages to load, each query in its own window when it has a limit; none when left out. */
  pages?: PageQuery[]
  /** Further documents the caller shows, fetched in the same batched queries. */
  careerIds?: Iterable<string>
  skillIds?: Iterable<string>
  findingIds?: Iterable<string>
  /** Documents the caller already holds; they join the maps and are not fetched again. */
  preloaded?: { careers?: Career[]; skills?: Skill[] }
}

/** Every finding an evidence page cites: headline cards, numbered findings and rating bases. */
export const findingIdsOf = (page: CareerSkill): string[] =>
  CITING_FIELDS['career-skills'].flatMap((field) => idsOf(valuesAtPath(page, field)))

/**
 * Loads in a fixed number of queries whatever the catalogue holds: the pages (one query each, with a
 * count for a windowed one), then one `in` query per related collection, then the findings' sources.
 * A page never triggers a query of its own.
 */
export const loadGraph = async ({
  payload,
  viewer,
  pages: pageQueries = [],
  careerIds = [],
  skillIds = [],
  findingIds = [],
  preloaded = {},
}: LoadGraphArgs): Promise<Graph> => {
  const found = await Promise.all(
    pageQueries.map(async ({ where, limit, page, sort }) => {
      if (!limit) {
        const docs = await findPublished({
          payload,
          viewer,
          collection: 'career-skills',
          where,
          select: SELECT.careerSkill,
        })
        return { docs, totalDocs: docs.length }
      }
      return findPublishedPage({
        payload,
        viewer,
        collection: 'career-skills',
        where,
        select: SELECT.careerSkill,
        limit,
        page,
        sort,
      })
    }),
  )
  const pages = [...new Map(found.flatMap(({ docs }) => docs).map((doc) => [String(doc.id), doc])).values()]
  const pageTotals = found.map(({ totalDocs }) => totalDocs)

  const wantedCareers = new Set(careerIds)
  const wantedSkills = new Set(skillIds)
  const wantedFindings = new Set(findingIds)
  for (const page of pages) {
    const career = idOf(page.career)
    const skill = idOf(page.skill)
    if (career) wantedCareers.add(career)
    if (skill) wantedSkills.add(skill)
    idsOf(page.portfolioPairings).forEach((id) => wantedSkills.add(id))
    findingIdsOf(page).forEach((id) => wantedFindings.add(id))
  }

  // A career the caller shows states its demand, with the finding it rests on.
  for (const career of preloaded.careers ?? []) {
    const demandFinding = idOf(career.demandBasis?.finding)
    if (demandFinding) wantedFindings.add(demandFinding)
  }

  const knownCareers = new Map((preloaded.careers ?? []).map((career) => [String(career.id), career]))
  const knownSkills = new Map((preloaded.skills ?? []).map((skill) => [String(skill.id), skill]))
  const missing = (wanted: Set<string>, known: Map<string, unknown>) =>
    [...wanted].filter((id) => !known.has(id))

  const [careers, skills, findings] = await Promise.all([
    findPublishedByIds({
      payload,
      viewer,
      collection: 'careers',
      ids: missing(wantedCareers, knownCareers),
      select: SELECT.career,
    }),
    findPublishedByIds({
      payload,
      viewer,
      collection: 'skills',
      ids: missing(wantedSkills, knownSkills),
      select: SELECT.skill,
    }),
    findPublishedByIds({
      payload,
      viewer,
      collection: 'findings',
      ids: wantedFindings,
      select: SELECT.finding,
    }),
  ])
  knownCareers.forEach((career, id) => careers.set(id, career))
  knownSkills.forEach((skill, id) => skills.set(id, skill))
  const sourceIds = [...findings.values()]
    .map((finding) => idOf(finding.source))
    .filter((id): id is string => Boolean(id))
  const occupationIds = pages
    .map((page) => careers.get(idOf(page.career) ?? ''))
    .map((career) => (career?.origin === 'onet' ? String(career.id) : idOf(career?.occupation)))
    .filter((id): id is string => Boolean(id))
  const [sources, occupations] = await Promise.all([
    findPublishedByIds({ payload, viewer, collection: 'sources', ids: sourceIds, select: SELECT.source }),
    findPublishedByIds({
      payload,
      viewer,
      collection: 'careers',
      ids: occupationIds,
      select: SELECT.occupationFlags,
    }),
  ])

  return { pages, pageTotals, careers, skills, findings, sources, occupations }
}
