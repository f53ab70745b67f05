import 'server-only'

import { unstable_cache } from 'next/cache'
import type { TypedUser } from 'payload'

import { generationMarker } from '../cache/generations.mjs'
import { cacheTags } from '../cache/tags'
import type { SearchQuery } from '../search/query'
import { cacheScope } from './cacheScope'
import { loadCareerPage } from './pages/careerPage'
import { loadEvidencePage } from './pages/evidencePage'
import { loadFamilies, loadFamilyPage } from './pages/families'
import { loadHub } from './pages/hub'
import { loadSearch } from './pages/searchPage'
import { loadSkillPage } from './pages/skillPage'
import {
  loadCatalogueSitemap,
  loadEvidenceSitemap,
  loadSiteSitemap,
  loadSitemapFiles,
  type SitemapFile,
  sitemapFileName,
} from './pages/sitemaps'
import { loadSourcePage } from './pages/sourcePage'
import { sitePayload } from './payload'
import { loadOnetDataset } from './read/onetDataset'
import { previewViewer } from './previewViewer'

/**
 * What the pages call: each loader cached under the tags the revalidation hooks expire, so a page is
 * rebuilt only when something it shows was published, changed, unpublished or retracted. The hour
 * is a backstop; publishing never waits for it.
 */
const BACKSTOP_SECONDS = 3600

/**
 * Serves a page from the cache, unless an editor is previewing drafts: then it reads the newest
 * versions as that editor, uncached, so a preview never lands in what readers are served.
 * Data is cached under its tags' current generations, and the page rendering it inherits them as
 * marker tags: data or a page read before a publish is never served after it (lib/cache/generations).
 */
const cachedUnlessPreview = async <T>(
  load: (viewer: TypedUser | null) => Promise<T>,
  keys: string[],
  tags: string[],
): Promise<T> => {
  const viewer = await previewViewer()
  if (viewer) return load(viewer)
  const markers = tags.map(generationMarker)
  return unstable_cache(() => load(null), [...keys, cacheScope(), ...markers], {
    tags: [...tags, ...markers],
    revalidate: BACKSTOP_SECONDS,
  })()
}

export const getEvidencePage = (careerSlug: string, skillSlug: string) =>
  cachedUnlessPreview(
    async (viewer) => loadEvidencePage({ payload: await sitePayload(), careerSlug, skillSlug, viewer }),
    ['evidence-page', careerSlug, skillSlug],
    [cacheTags.evidence(careerSlug, skillSlug), cacheTags.career(careerSlug), cacheTags.skill(skillSlug)],
  )

/*
 * A career page shows O*NET facts that point at other careers and skills (related occupations,
 * technologies), and a skill page lists the careers using it. Those change when an import is
 * approved, which expires the catalogue tag, so both pages carry it as well as their own.
 */
export const getCareerPage = (careerSlug: string, page = 1) =>
  cachedUnlessPreview(
    async (viewer) => loadCareerPage({ payload: await sitePayload(), careerSlug, page, viewer }),
    ['career-page', careerSlug, String(page)],
    [cacheTags.career(careerSlug), cacheTags.catalogue],
  )

export const getSkillPage = (skillSlug: string, page = 1) =>
  cachedUnlessPreview(
    async (viewer) => loadSkillPage({ payload: await sitePayload(), skillSlug, page, viewer }),
    ['skill-page', skillSlug, String(page)],
    [cacheTags.skill(skillSlug), cacheTags.catalogue],
  )

export const getSourcePage = (sourceId: string) =>
  cachedUnlessPreview(
    async (viewer) => loadSourcePage({ payload: await sitePayload(), sourceId, viewer }),
    ['source-page', sourceId],
    [cacheTags.source(sourceId)],
  )

export const getHub = () =>
  cachedUnlessPreview(
    async (viewer) => loadHub({ payload: await sitePayload(), viewer }),
    ['hub'],
    [cacheTags.catalogue],
  )

/** For what lists published documents only, the same for everyone: never read as a preview. */
const cachedForEveryone = <T>(load: () => Promise<T>, keys: string[]) =>
  unstable_cache(load, [...keys, cacheScope()], {
    tags: [cacheTags.catalogue],
    revalidate: BACKSTOP_SECONDS,
  })()

/** The O*NET release the published facts come from, for the attribution of list pages. */
export const getOnetDataset = () =>
  cachedForEveryone(async () => loadOnetDataset({ payload: await sitePayload() }), ['onet-dataset'])

export const getFamilies = () =>
  cachedForEveryone(async () => loadFamilies({ payload: await sitePayload() }), ['families'])

export const getFamilyPage = (family: string, page: number) =>
  cachedUnlessPreview(
    async (viewer) => loadFamilyPage({ payload: await sitePayload(), family, page, viewer }),
    ['family-page', family, String(page)],
    [cacheTags.catalogue],
  )

/**
 * Not cached: every query a reader types would become an entry of the data cache. A search costs a
 * fixed number of bounded queries instead (`loadSearch`).
 */
export const searchCatalogue = async (query: SearchQuery) =>
  loadSearch({ payload: await sitePayload(), query })

export const getSitemapFiles = () =>
  cachedForEveryone(async () => loadSitemapFiles({ payload: await sitePayload() }), ['sitemap-files'])

export const getSitemapFile = (file: SitemapFile) =>
  cachedForEveryone(async () => {
    const payload = await sitePayload()
    if (file.kind === 'site') return loadSiteSitemap({ payload, families: await getFamilies() })
    if (file.kind === 'evidence') return loadEvidenceSitemap({ payload, page: file.page })
    return loadCatalogueSitemap({ payload, kind: file.kind, page: file.page })
  }, ['sitemap', sitemapFileName(file)])
