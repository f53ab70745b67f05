import type { Payload } from 'payload'

import { loadAssessmentIndex } from '../../assessment/data/loadAssessmentIndex'
import { careerIsIndexable, skillIsIndexable } from '../../site/indexing'
import { paths } from '../../site/paths'
import { SITEMAP_URLS_PER_FILE, type SitemapUrl } from '../../site/sitemapXml'
import { loadGraph } from '../graph/loadGraph'
import { isReadyCareer, isReadySkill, isReadySource, readyPages } from '../graph/readiness'
import { countPublished, findPublishedPage } from '../read/findPublished'
import { SELECT } from '../read/selects'
import { CAREERS_PER_FAMILY_PAGE, type FamilyCount } from './families'

/**
 * The sitemap as an index of files, each built with a fixed number of bounded queries: `site` (hub,
 * job families, sources, assessments), careers and skills in files of at most SITEMAP_URLS_PER_FILE,
 * and evidence pages in files of EVIDENCE_URLS_PER_FILE. Only ready pages that ask to be indexed are
 * listed (`lib/site/indexing.ts`).
 */
type PagedKind = 'careers' | 'skills' | 'evidence'

export type SitemapFile = { kind: 'site' } | { kind: PagedKind; page: number }

/**
 * Evidence pages per sitemap file: far fewer than the format allows, because each must be loaded with
 * everything it cites to be listed only when ready (as the page itself would render).
 */
export const EVIDENCE_URLS_PER_FILE = 1000

export const sitemapFileName = (file: SitemapFile): string =>
  file.kind === 'site' ? 'site' : `${file.kind}-${file.page}`

/** The file a name stands for ("careers-2"), or null for any other name. */
export const parseSitemapFileName = (name: string): SitemapFile | null => {
  if (name === 'site') return { kind: 'site' }
  const match = /^(careers|skills|evidence)-([1-9]\d{0,5})$/.exec(name)
  return match ? { kind: match[1] as PagedKind, page: Number(match[2]) } : null
}

/** Every file of the index, from three counts. */
export const loadSitemapFiles = async ({ payload }: { payload: Payload }): Promise<SitemapFile[]> => {
  const [careers, skills, evidence] = await Promise.all([
    countPublished({ payload, collection: 'careers', where: {} }),
    countPublished({ payload, collection: 'skills', where: {} }),
    countPublished({ payload, collection: 'career-skills', where: {} }),
  ])
  const pagesOf = (kind: PagedKind, total: number, perFile: number) =>
    Array.from({ length: Math.ceil(total / perFile) }, (_, index) => ({ kind, page: index + 1 }))
  return [
    { kind: 'site' },
    ...pagesOf('careers', careers, SITEMAP_URLS_PER_FILE),
    ...pagesOf('skills', skills, SITEMAP_URLS_PER_FILE),
    ...pagesOf('evidence', evidence, EVIDENCE_URLS_PER_FILE),
  ]
}

/**
 * The hub, the job families and each page of them, every published source, the O*NET dataset, and
 * the assessments with their index: a fixed number of bounded queries.
 */
export const loadSiteSitemap = async ({
  payload,
  families,
}: {
  payload: Payload
  families: FamilyCount[]
}): Promise<SitemapUrl[]> => {
  const [sources, assessments] = await Promise.all([
    findPublishedPage({
      payload,
      collection: 'sources',
      where: {},
      select: SELECT.source,
      sort: 'id',
      limit: SITEMAP_URLS_PER_FILE,
    }),
    loadAssessmentIndex({ payload }),
  ])
  return [
    { path: paths.hub() },
    { path: paths.families() },
    ...families.flatMap((family) =>
      Array.from({ length: Math.ceil(family.careers / CAREERS_PER_FAMILY_PAGE) }, (_, index) => ({
        path: paths.family(family.code, index + 1),
      })),
    ),
    ...sources.docs
      .filter(isReadySource)
      .map((source) => ({ path: paths.source(String(source.id)), lastModified: source.updatedAt })),
    { path: paths.assessments() },
    ...assessments.map((assessment) => ({
      path: paths.assessment(assessment.slug),
      lastModified: assessment.updatedAt,
    })),
  ]
}

/** One file of ready evidence pages, in ID order so files never overlap: one window of `loadGraph`. */
export const loadEvidenceSitemap = async ({
  payload,
  page,
}: {
  payload: Payload
  page: number
}): Promise<SitemapUrl[]> => {
  const graph = await loadGraph({
    payload,
    pages: [{ where: {}, limit: EVIDENCE_URLS_PER_FILE, page, sort: 'id' }],
  })
  return readyPages(graph).map(({ page: doc, career, skill }) => ({
    path: paths.evidence(career.slug ?? '', skill.slug ?? ''),
    lastModified: doc.updatedAt,
  }))
}

/** One file of careers or skills: one bounded query, in ID order so files never overlap. */
export const loadCatalogueSitemap = async ({
  payload,
  kind,
  page,
}: {
  payload: Payload
  kind: 'careers' | 'skills'
  page: number
}): Promise<SitemapUrl[]> => {
  const common = { payload, where: {}, sort: 'id', limit: SITEMAP_URLS_PER_FILE, page }
  if (kind === 'careers') {
    const { docs } = await findPublishedPage({
      ...common,
      collection: 'careers',
      select: {
        title: true,
        slug: true,
        origin: true,
        summary: true,
        demandProfile: true,
        demandBasis: true,
        taxonomy: true,
        onet: { code: true, description: true },
        updatedAt: true,
      },
    })
    return docs
      .filter((career) => isReadyCareer(career) && careerIsIndexable(career))
      .map((career) => ({ path: paths.career(career.slug ?? ''), lastModified: career.updatedAt }))
  }
  const { docs } = await findPublishedPage({
    ...common,
    collection: 'skills',
    select: {
      name: true,
      slug: true,
      origin: true,
      summary: true,
      kind: true,
      onet: { commodityTitle: true },
      updatedAt: true,
    },
  })
  return docs
    .filter((skill) => isReadySkill(skill) && skillIsIndexable(skill))
    .map((skill) => ({ path: paths.skill(skill.slug ?? ''), lastModified: skill.updatedAt }))
}
