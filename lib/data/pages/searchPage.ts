import type { Payload, TypedUser } from 'payload'

import type { Career, Skill } from '../../../payload-types'
import { jobFamilyTitle } from '../../onet/jobFamilies'
import { normaliseTerm } from '../../search/normalise'
import type { SearchQuery } from '../../search/query'
import { type Candidate, rankResults, type Ranked } from '../../search/rank'
import { allWordsWhere, nameEndsWithWhere, namesOf } from '../../search/searchWhere'
import { skillKindLabel } from '../../site/labels'
import { paths } from '../../site/paths'
import { isReadyCareer, isReadySkill } from '../graph/readiness'
import { findPublished, findPublishedPage } from '../read/findPublished'
import { idOf } from '../read/ids'
import { SELECT } from '../read/selects'

/** How many matches are ranked per collection: the work per search is bounded, whatever matches. */
export const SEARCH_CANDIDATES = 200
/** Documents with a name that ends with the whole query, ranked even when the broad match overflows. */
export const SEARCH_NAME_CANDIDATES = 50
export const SEARCH_RESULTS_SHOWN = 25

export type SearchResultView = {
  title: string
  href: string
  /** "O*NET-SOC 15-1252.00 · Computer and Mathematical", "Technology · Spreadsheet software". */
  detail: string | null
  /** The other name it matched by, as the release or an editor spells it. */
  alsoCalled: string | null
  /** Curated, with evidence pages: what this site weighs in depth. */
  evidence: boolean
}

export type SearchResultsView = {
  /** How many published documents match every word. */
  total: number
  shown: SearchResultView[]
  /** True when more matched than were ranked: a longer query finds the rest. */
  capped: boolean
}

export type SearchView = { query: string; careers: SearchResultsView; skills: SearchResultsView }

const CAREER_FIELDS = { ...SELECT.careerListing, searchText: true } as const
const SKILL_FIELDS = {
  ...SELECT.skillListing,
  aliases: true,
  onet: { commodityTitle: true, examples: true },
  searchText: true,
} as const

type SearchArgs = { payload: Payload; query: SearchQuery; viewer?: TypedUser | null }

/**
 * Documents matching every word (bounded); when more match than are ranked, also those with a name
 * ending in the query (an exact name is never left out) and how many match in all.
 */
const candidatesIn = async <C extends 'careers' | 'skills'>({
  payload,
  viewer,
  query,
  collection,
}: SearchArgs & { collection: C }) => {
  const select = (collection === 'careers' ? CAREER_FIELDS : SKILL_FIELDS) as never
  const sort = collection === 'careers' ? 'title' : 'name'
  // One more than are ranked, without a count: each query is a scan of the search text, and only a
  // query that overflows needs the names that end with it (else they are among these) and a count.
  const found = await findPublishedPage({
    payload,
    viewer,
    collection,
    where: allWordsWhere(query),
    select,
    sort,
    limit: SEARCH_CANDIDATES + 1,
    counted: false,
  })
  if (found.docs.length <= SEARCH_CANDIDATES) return { docs: found.docs, total: found.docs.length }
  const [named, counted] = await Promise.all([
    findPublishedPage({
      payload,
      viewer,
      collection,
      where: nameEndsWithWhere(query),
      select,
      sort,
      limit: SEARCH_NAME_CANDIDATES,
      counted: false,
    }),
    findPublishedPage({
      payload,
      viewer,
      collection,
      where: allWordsWhere(query),
      select: { id: true } as never,
      limit: 1,
    }),
  ])
  const broad = found.docs.slice(0, SEARCH_CANDIDATES)
  const docs = new Map([...broad, ...named.docs].map((doc) => [String(doc.id), doc]))
  return { docs: [...docs.values()], total: counted.totalDocs }
}

/** Curated careers and skills among the candidates that have published evidence pages, in one query. */
const withEvidence = async ({
  payload,
  viewer,
  careers,
  skills,
}: {
  payload: Payload
  viewer?: TypedUser | null
  careers: Career[]
  skills: Skill[]
}) => {
  const curatedIds = (docs: { id: string; origin?: string | null }[]) =>
    docs.filter((doc) => doc.origin !== 'onet').map((doc) => String(doc.id))
  const careerIds = curatedIds(careers)
  const skillIds = curatedIds(skills)
  if (careerIds.length + skillIds.length === 0) return new Set<string>()
  const pages = await findPublished({
    payload,
    viewer,
    collection: 'career-skills',
    // Only the non-empty lists: an empty `in` becomes `false OR …`, which SQLite answers by reading
    // every evidence page instead of the indexes.
    where: {
      or: [
        ...(careerIds.length > 0 ? [{ career: { in: careerIds } }] : []),
        ...(skillIds.length > 0 ? [{ skill: { in: skillIds } }] : []),
      ],
    },
    select: { career: true, skill: true },
  })
  return new Set(
    pages.flatMap((page) => [idOf(page.career), idOf(page.skill)]).filter((id): id is string => Boolean(id)),
  )
}

const careerDetail = (career: Career): string | null => {
  const family = career.onet?.jobFamily ? jobFamilyTitle(career.onet.jobFamily) : undefined
  const code = career.onet?.code ?? career.taxonomy?.onetSoc
  return [code ? `O*NET-SOC ${code}` : null, family ?? null].filter(Boolean).join(' · ') || null
}

const skillDetail = (skill: Skill): string =>
  [skillKindLabel(skill.kind), skill.onet?.commodityTitle?.trim()].filter(Boolean).join(' · ')

/** The spelling of a matched name as its source gives it, among a document's own names. */
const spelled = (normalised: string | null, names: (string | null | undefined)[]): string | null =>
  normalised ? (names.find((name) => name && normaliseTerm(name) === normalised) ?? null) : null

type AlternateTitle = { title?: unknown; shortTitle?: unknown }

/** The alternate titles of the careers shown, in one query, to say which one matched. */
const alternateTitlesOf = async ({
  payload,
  viewer,
  ids,
}: {
  payload: Payload
  viewer?: TypedUser | null
  ids: string[]
}) => {
  if (ids.length === 0) return new Map<string, string[]>()
  const docs = await findPublished({
    payload,
    viewer,
    collection: 'careers',
    where: { id: { in: ids } },
    select: { onet: { alternateTitles: true } },
  })
  return new Map(
    docs.map((doc) => {
      const titles = Array.isArray(doc.onet?.alternateTitles)
        ? (doc.onet.alternateTitles as AlternateTitle[])
        : []
      return [
        String(doc.id),
        titles
          .flatMap((alternate) => [alternate.title, alternate.shortTitle])
          .filter((name): name is string => typeof name === 'string'),
      ]
    }),
  )
}

const candidate = <T extends { id: string; searchText?: string | null }>(
  doc: T,
  title: string,
  boosted: boolean,
): Candidate<T> => ({
  item: doc,
  title,
  names: namesOf(doc.searchText),
  boosted,
})

const results = <T>(
  ranked: Ranked<T>[],
  total: number,
  toView: (entry: Ranked<T>) => SearchResultView,
): SearchResultsView => ({
  total,
  shown: ranked.slice(0, SEARCH_RESULTS_SHOWN).map(toView),
  capped: total > SEARCH_CANDIDATES,
})

/**
 * Careers by title or any alternate title, skills by name or other name, ranked by `rankResults`.
 * A fixed number of queries whatever the catalogue holds: two bounded queries per collection, one
 * for evidence pages among curated matches, one for the alternate titles of the careers shown.
 */
export const loadSearch = async ({ payload, query, viewer }: SearchArgs): Promise<SearchView> => {
  const [careerMatches, skillMatches] = await Promise.all([
    candidatesIn({ payload, viewer, query, collection: 'careers' }),
    candidatesIn({ payload, viewer, query, collection: 'skills' }),
  ])
  const careers = (careerMatches.docs as Career[]).filter(isReadyCareer)
  const skills = (skillMatches.docs as Skill[]).filter(isReadySkill)
  const evidence = await withEvidence({ payload, viewer, careers, skills })

  const rankedCareers = rankResults(
    query,
    careers.map((career) => candidate(career, career.title, evidence.has(String(career.id)))),
  )
  const rankedSkills = rankResults(
    query,
    skills.map((skill) => candidate(skill, skill.name, evidence.has(String(skill.id)))),
  )
  const shownAlternates = rankedCareers.slice(0, SEARCH_RESULTS_SHOWN).filter((entry) => entry.matchedName)
  const alternates = await alternateTitlesOf({
    payload,
    viewer,
    ids: shownAlternates.map((entry) => String(entry.item.id)),
  })

  return {
    query: query.text,
    careers: results(rankedCareers, careerMatches.total, ({ item, matchedName }) => ({
      title: item.title,
      href: paths.career(item.slug ?? ''),
      detail: careerDetail(item),
      alsoCalled: spelled(matchedName, alternates.get(String(item.id)) ?? []),
      evidence: evidence.has(String(item.id)),
    })),
    skills: results(rankedSkills, skillMatches.total, ({ item, matchedName }) => ({
      title: item.name,
      href: paths.skill(item.slug ?? ''),
      detail: skillDetail(item),
      alsoCalled: spelled(matchedName, [
        ...(item.aliases ?? []).map((alias) => alias.name),
        ...(Array.isArray(item.onet?.examples)
          ? (item.onet.examples as unknown[]).filter((name): name is string => typeof name === 'string')
          : []),
      ]),
      evidence: evidence.has(String(item.id)),
    })),
  }
}
