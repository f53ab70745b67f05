import type { Payload, PayloadRequest, Where } from 'payload'

import type { CareerSkill } from '../../payload-types'
import { findingIdsOf } from '../data/graph/loadGraph'
import { RATING_KEYS, whereCiting } from '../evidence/model'
import { findPublished } from '../data/read/findPublished'
import { idOf, idsOf } from '../data/read/ids'
import { cacheTags } from './tags'

/**
 * Which cached pages a change reaches. Each function looks up, among published documents only (only
 * those can be on the site), what displays the changed document, and names those pages' tags.
 */
export type Lookup = { payload: Payload; req?: PayloadRequest }

type Doc = Record<string, unknown> & { id?: unknown }

const slugs = async (
  lookup: Lookup,
  collection: 'careers' | 'skills',
  ids: string[],
): Promise<Map<string, string>> => {
  if (ids.length === 0) return new Map()
  const docs = await findPublished({
    ...lookup,
    collection,
    where: { id: { in: [...new Set(ids)] } },
    select: { slug: true },
  })
  return new Map(docs.map((doc) => [String(doc.id), doc.slug ?? '']))
}

const slugOf = (doc: Doc | undefined): string | undefined =>
  typeof doc?.slug === 'string' && doc.slug ? doc.slug : undefined

const pagesWhere = (lookup: Lookup, where: Where) =>
  findPublished({ ...lookup, collection: 'career-skills', where, select: { career: true, skill: true } })

/** An evidence page's own tag plus its career's and skill's (their pages list it), for each page. */
export const tagsForPages = async (
  lookup: Lookup,
  pages: Pick<CareerSkill, 'career' | 'skill'>[],
): Promise<string[]> => {
  const [careers, skills] = await Promise.all([
    slugs(
      lookup,
      'careers',
      pages.map((page) => idOf(page.career) ?? ''),
    ),
    slugs(
      lookup,
      'skills',
      pages.map((page) => idOf(page.skill) ?? ''),
    ),
  ])
  return pages.flatMap((page) => {
    const career = careers.get(idOf(page.career) ?? '')
    const skill = skills.get(idOf(page.skill) ?? '')
    return [
      ...(career ? [cacheTags.career(career)] : []),
      ...(skill ? [cacheTags.skill(skill)] : []),
      ...(career && skill ? [cacheTags.evidence(career, skill)] : []),
    ]
  })
}

/**
 * Findings changed: every page and FAQ citing them, the careers whose demand rests on them (their
 * pages and evidence pages show that demand with its citation), and their sources' pages.
 */
export const tagsForFindings = async (
  lookup: Lookup,
  findingIds: string[],
  sourceIds: string[] = [],
): Promise<string[]> => {
  if (findingIds.length === 0) return sourceIds.map(cacheTags.source)
  const [pages, faqs, demanding] = await Promise.all([
    pagesWhere(lookup, whereCiting(findingIds)),
    findPublished({
      ...lookup,
      collection: 'faqs',
      where: { citedFindings: { in: findingIds } },
      select: { careers: true, skills: true },
    }),
    findPublished({
      ...lookup,
      collection: 'careers',
      where: { 'demandBasis.finding': { in: findingIds } },
      select: { slug: true },
    }),
  ])
  return [
    cacheTags.catalogue,
    ...sourceIds.map(cacheTags.source),
    ...(await tagsForPages(lookup, pages)),
    ...(await tagsForFaqs(lookup, faqs)),
    ...demanding.flatMap((career) => (career.slug ? [cacheTags.career(career.slug)] : [])),
  ]
}

/** FAQs show on the pages of the careers and skills they belong to. */
export const tagsForFaqs = async (
  lookup: Lookup,
  faqs: { careers?: unknown; skills?: unknown }[],
): Promise<string[]> => {
  const [careers, skills] = await Promise.all([
    slugs(
      lookup,
      'careers',
      faqs.flatMap((faq) => idsOf(faq.careers)),
    ),
    slugs(
      lookup,
      'skills',
      faqs.flatMap((faq) => idsOf(faq.skills)),
    ),
  ])
  return [...[...careers.values()].map(cacheTags.career), ...[...skills.values()].map(cacheTags.skill)]
}

/** An evidence page changed: it, its career and skill pages, the hub, and the sources it cites. */
export const tagsForCareerSkill = async (lookup: Lookup, versions: Doc[]): Promise<string[]> => {
  const pages = versions as unknown as CareerSkill[]
  const findingIds = pages.flatMap(findingIdsOf)
  const findings = findingIds.length
    ? await findPublished({
        ...lookup,
        collection: 'findings',
        where: { id: { in: findingIds } },
        select: { source: true },
      })
    : []
  return [
    cacheTags.catalogue,
    ...(await tagsForPages(lookup, pages)),
    ...findings.map((finding) => cacheTags.source(idOf(finding.source) ?? '')),
  ]
}

/** Evidence pages with a rating resting on a dataset fact: they cite the dataset's source record. */
const whereCitingDatasets: Where = {
  or: RATING_KEYS.map((key) => ({ [`${key}.basis`]: { equals: 'dataset' } })),
}

/**
 * A source changed: its page, and everything citing any of its findings. A released dataset's record
 * is also cited by every rating resting on one of its facts.
 */
export const tagsForSource = async (lookup: Lookup, source: Doc): Promise<string[]> => {
  const sourceId = idOf(source.id) ?? ''
  const isDataset =
    (source.provenance as { sourceType?: unknown } | undefined)?.sourceType === 'government-dataset'
  const [findings, datasetPages] = await Promise.all([
    findPublished({
      ...lookup,
      collection: 'findings',
      where: { source: { equals: sourceId } },
      select: {},
    }),
    isDataset ? pagesWhere(lookup, whereCitingDatasets) : [],
  ])
  return [
    cacheTags.source(sourceId),
    ...(await tagsForFindings(
      lookup,
      findings.map((finding) => String(finding.id)),
    )),
    ...(await tagsForPages(lookup, datasetPages)),
  ]
}

/** A career changed: its pages, careers listing it as related, and skill pages listing it. */
export const tagsForCareer = async (lookup: Lookup, versions: Doc[]): Promise<string[]> => {
  const ids = [...new Set(versions.map((doc) => idOf(doc.id) ?? ''))]
  const [pages, relating] = await Promise.all([
    pagesWhere(lookup, { career: { in: ids } }),
    findPublished({
      ...lookup,
      collection: 'careers',
      where: { relatedCareers: { in: ids } },
      select: { slug: true },
    }),
  ])
  const skills = await slugs(
    lookup,
    'skills',
    pages.map((page) => idOf(page.skill) ?? ''),
  )
  return [
    cacheTags.catalogue,
    ...versions.map(slugOf).flatMap((slug) => (slug ? [cacheTags.career(slug)] : [])),
    ...relating.flatMap((career) => (career.slug ? [cacheTags.career(career.slug)] : [])),
    ...[...skills.values()].map(cacheTags.skill),
  ]
}

/** A skill changed: its pages, and every page naming it in a cluster, an adjacency or a pairing. */
export const tagsForSkill = async (lookup: Lookup, versions: Doc[]): Promise<string[]> => {
  const ids = [...new Set(versions.map((doc) => idOf(doc.id) ?? ''))]
  const [pages, clustering, adjacent] = await Promise.all([
    pagesWhere(lookup, { or: [{ skill: { in: ids } }, { portfolioPairings: { in: ids } }] }),
    findPublished({
      ...lookup,
      collection: 'careers',
      where: { 'skillClusters.skills': { in: ids } },
      select: { slug: true },
    }),
    findPublished({
      ...lookup,
      collection: 'skills',
      where: { adjacentSkills: { in: ids } },
      select: { slug: true },
    }),
  ])
  return [
    cacheTags.catalogue,
    ...versions.map(slugOf).flatMap((slug) => (slug ? [cacheTags.skill(slug)] : [])),
    ...(await tagsForPages(lookup, pages)),
    ...clustering.flatMap((career) => (career.slug ? [cacheTags.career(career.slug)] : [])),
    ...adjacent.flatMap((skill) => (skill.slug ? [cacheTags.skill(skill.slug)] : [])),
  ]
}

/**
 * An assessment is listed in the sitemap (catalogue), and the evidence pages of the skill it measures
 * link to it with its reliability (the skill's tag).
 */
export const tagsForAssessment = async (lookup: Lookup, versions: Doc[]): Promise<string[]> => {
  const skills = await slugs(
    lookup,
    'skills',
    versions.flatMap((version) => idOf(version.skill) ?? []),
  )
  return [cacheTags.catalogue, ...[...skills.values()].filter(Boolean).map(cacheTags.skill)]
}
