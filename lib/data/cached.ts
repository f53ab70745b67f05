import 'server-only'

import { unstable_cache } from 'next/cache'
import type { TypedUser } from 'payload'

import { generationMarker } from '../cache/generations.mjs'
import { cacheTags } from '../cache/tags'
import { cacheScope } from './cacheScope'
import { loadCareerPage } from './pages/careerPage'
import { loadCatalogue } from './pages/catalogue'
import { loadEvidencePage } from './pages/evidencePage'
import { loadSkillPage } from './pages/skillPage'
import { loadSourcePage } from './pages/sourcePage'
import { sitePayload } from './payload'
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

export const getCareerPage = (careerSlug: string) =>
  cachedUnlessPreview(
    async (viewer) => loadCareerPage({ payload: await sitePayload(), careerSlug, viewer }),
    ['career-page', careerSlug],
    [cacheTags.career(careerSlug)],
  )

export const getSkillPage = (skillSlug: string) =>
  cachedUnlessPreview(
    async (viewer) => loadSkillPage({ payload: await sitePayload(), skillSlug, viewer }),
    ['skill-page', skillSlug],
    [cacheTags.skill(skillSlug)],
  )

export const getSourcePage = (sourceId: string) =>
  cachedUnlessPreview(
    async (viewer) => loadSourcePage({ payload: await sitePayload(), sourceId, viewer }),
    ['source-page', sourceId],
    [cacheTags.source(sourceId)],
  )

export const getCatalogue = () =>
  cachedUnlessPreview(async (viewer) => loadCatalogue({ payload: await sitePayload(), viewer }), ['catalogue'], [cacheTags.catalogue])
