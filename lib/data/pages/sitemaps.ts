import type { Payload } from 'payload'

import { loadAssessmentIndex } from '../../assessment/data/loadAssessmentIndex'
import { careerIsIndexable, skillIsIndexable } from '../../site/indexing'
import { paths } from '../../site/paths'
import { SITEMAP_URLS_PER_FILE, type SitemapUrl } from '../../site/sitemapXml'
import { findingIdsOf, loadGraph } from '../graph/loadGraph'
import { isReadyCareer, isReadySkill, readyPages } from '../graph/readiness'
import { countPublished, findPublishedPage } from '../read/findPublished'
import { loadOnetDataset } from '../read/onetDataset'
import { CAREERS_PER_FAMILY_PAGE, type FamilyCount } from './families'

/**
 * The sitemap as an index of files, each built with a fixed number of queries: `site` (hub, job
 * families, evidence pages, cited sources), then careers and skills in files of at most
 * SITEMAP_URLS_PER_FILE. Only ready pages that ask to be indexed are listed (`lib/site/indexing.ts`).
 */
export type SitemapFile = { kind: 'site' } | { kind: 'careers' | 'skills'; page: number }

export const sitemapFileName = (file: SitemapFile): string =>
  file.kind === 'site' ? 'site' : `${file.kind}-${file.page}`

/** The file a name stands for ("careers-2"), or null for any other name. */
export const parseSitemapFileName = (name: string): SitemapFile | null => {
  if (name === 'site') return { kind: 'site' }
  const match = /^(careers|skills)-([1-9]\d{0,5})$/.exec(name)
  return match ? { kind: match[1] as 'careers' | 'skills', page: Number(match[2]) } : null
}

/** Every file of the index, from two counts. */
export const loadSitemapFiles = async ({ payload }: { payload: Payload }): Promise<SitemapFile[]> => {
  const [careers, skills] = await Promise.all([
    countPublished({ payload, collection: 'careers', where: {} }),
    countPublished({ payload, collection: 'skills', where: {} }),
  ])
  const pagesOf = (kind: 'careers' | 'skills', total: number) =>
    Array.from({ length: Math.ceil(total / SITEMAP_URLS_PER_FILE) }, (_, index) => ({
      kind,
      page: index + 1,
    }))
  return [{ kind: 'site' }, ...pagesOf('careers', careers), ...pagesOf('skills', skills)]
}

/**
 * The hub, the job families and each page of them, every ready evidence page and every source such
 * a page cites, the O*NET dataset, and the assessments with their index. Bounded by the curated
 * catalogue, not the imported one.
 */
export const loadSiteSitemap = async ({
  payload,
  families,
}: {
  payload: Payload
  families: FamilyCount[]
}): Promise<SitemapUrl[]> => {
  const [graph, dataset, assessments] = await Promise.all([
    loadGraph({ payload, pagesWhere: {} }),
    loadOnetDataset({ payload }),
    loadAssessmentIndex({ payload }),
  ])
  const ready = readyPages(graph)
  const sources = new Map<string, string | undefined>(
    ready
      .flatMap(({ page, cite }) => findingIdsOf(page).map((id) => cite(id).source))
      .map((source) => [paths.source(String(source.id)), source.updatedAt]),
  )
  if (dataset && !sources.has(dataset.href)) sources.set(dataset.href, undefined)
  return [
    { path: paths.hub() },
    { path: paths.families() },
    ...families.flatMap((family) =>
      Array.from({ length: Math.ceil(family.careers / CAREERS_PER_FAMILY_PAGE) }, (_, index) => ({
        path: paths.family(family.code, index + 1),
      })),
    ),
    ...ready.map(({ page, career, skill }) => ({
      path: paths.evidence(career.slug ?? '', skill.slug ?? ''),
      lastModified: page.updatedAt,
    })),
    ...[...sources].map(([path, lastModified]) => ({ path, lastModified })),
    { path: paths.assessments() },
    ...assessments.map((assessment) => ({
      path: paths.assessment(assessment.slug),
      lastModified: assessment.updatedAt,
    })),
  ]
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
