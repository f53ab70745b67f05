import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { loadCareerPage } from '../../lib/data/pages/careerPage'
import { loadEvidencePage } from '../../lib/data/pages/evidencePage'
import { loadFamilies, loadFamilyPage } from '../../lib/data/pages/families'
import { loadHub } from '../../lib/data/pages/hub'
import { loadSearch } from '../../lib/data/pages/searchPage'
import { EVIDENCE_LINKS_PER_PAGE } from '../../lib/data/pages/evidenceList'
import { RECURRENCES_SHOWN } from '../../lib/data/pages/evidencePage'
import {
  loadCatalogueSitemap,
  loadEvidenceSitemap,
  loadSiteSitemap,
  loadSitemapFiles,
} from '../../lib/data/pages/sitemaps'
import { loadSkillPage } from '../../lib/data/pages/skillPage'
import { loadSourcePage } from '../../lib/data/pages/sourcePage'
import { runImport } from '../../lib/onet/import/runImport'
import { parseSearchQuery } from '../../lib/search/query'
import { countAdapterCalls } from '../helpers/countQueries'
import { buildReadyCatalogue } from '../helpers/readyCatalogue'
import { SHARED_TECHNOLOGIES, syntheticRelease } from '../helpers/syntheticRelease'
import { startTestPayload, stopTestPayload } from '../helpers/testPayload'

let payload: Payload

const SMALL = 2
// Past one window of a skill's pages (24) and of the other careers an evidence page lists (12).
const LARGE = SMALL * 15

/** Query counts for one of each page, with how much each page listed (to prove the catalogue grew). */
const measure = async (catalogue: Awaited<ReturnType<typeof buildReadyCatalogue>>) => {
  const careerSlug = catalogue.careers[0]!.slug
  const skillSlug = catalogue.skills[0]!.slug
  const evidence = await countAdapterCalls(payload, () =>
    loadEvidencePage({ payload, careerSlug, skillSlug }),
  )
  const career = await countAdapterCalls(payload, () => loadCareerPage({ payload, careerSlug }))
  const skill = await countAdapterCalls(payload, () => loadSkillPage({ payload, skillSlug }))
  const skillLater = await countAdapterCalls(payload, () => loadSkillPage({ payload, skillSlug, page: 2 }))
  const source = await countAdapterCalls(payload, () =>
    loadSourcePage({ payload, sourceId: catalogue.sources[0]! }),
  )
  const hub = await countAdapterCalls(payload, () => loadHub({ payload }))
  const sitemap = await countAdapterCalls(payload, () => loadSiteSitemap({ payload, families: [] }))
  const evidenceSitemap = await countAdapterCalls(payload, () => loadEvidenceSitemap({ payload, page: 1 }))
  return {
    counts: {
      evidence: evidence.calls,
      career: career.calls,
      skill: skill.calls,
      source: source.calls,
      hub: hub.calls,
      sitemap: sitemap.calls,
      evidenceSitemap: evidenceSitemap.calls,
    },
    recurring: evidence.result?.recursIn.length ?? -1,
    recurringTotal: evidence.result?.recursInTotal ?? -1,
    skillPages: skill.result?.evidence.pages.length ?? -1,
    skillTotal: skill.result?.evidence.total ?? -1,
    laterSkillPages: skillLater.result?.evidence.pages.length ?? -1,
    laterSkillCalls: skillLater.calls,
    hubPages: hub.result.careers.flatMap((entry) => entry.pages).length,
    evidenceUrls: evidenceSitemap.result.length,
    citing: source.result?.citedBy.length ?? -1,
  }
}

/** The same for the pages of the O*NET catalogue, on the second synthetic occupation (related to the first). */
const measureOnet = async () => {
  const [occupation] = (
    await payload.find({ collection: 'careers', where: { 'onet.code': { equals: '15-3002.00' } }, depth: 0 })
  ).docs
  const [technology] = (
    await payload.find({
      collection: 'skills',
      where: { name: { equals: SHARED_TECHNOLOGIES[0] } },
      depth: 0,
    })
  ).docs
  const query = parseSearchQuery('programmer')!
  const career = await countAdapterCalls(payload, () =>
    loadCareerPage({ payload, careerSlug: occupation!.slug! }),
  )
  const skill = await countAdapterCalls(payload, () =>
    loadSkillPage({ payload, skillSlug: technology!.slug! }),
  )
  const search = await countAdapterCalls(payload, () => loadSearch({ payload, query }))
  const family = await countAdapterCalls(payload, () => loadFamilyPage({ payload, family: '15', page: 1 }))
  const families = await countAdapterCalls(payload, () => loadFamilies({ payload }))
  const files = await countAdapterCalls(payload, () => loadSitemapFiles({ payload }))
  const careerFile = await countAdapterCalls(payload, () =>
    loadCatalogueSitemap({ payload, kind: 'careers', page: 1 }),
  )
  return {
    counts: {
      career: career.calls,
      skill: skill.calls,
      search: search.calls,
      family: family.calls,
      families: families.calls,
      sitemapFiles: files.calls,
      careerSitemap: careerFile.calls,
    },
    technologies: career.result?.occupation?.technologies.total ?? -1,
    usedIn: skill.result?.usedIn?.total ?? -1,
    found: search.result.careers.total,
    inFamily: family.result?.totalCareers ?? -1,
    careerUrls: careerFile.result.length,
  }
}

describe('public pages cost a constant number of queries', () => {
  beforeAll(async () => {
    payload = await startTestPayload('site-queries')
  })
  afterAll(() => stopTestPayload(payload))

  it('loads each kind of page with the same number of queries for a catalogue ten times larger', async () => {
    const catalogue = await buildReadyCatalogue(payload, { careers: SMALL })
    const small = await measure(catalogue)
    await buildReadyCatalogue(payload, { careers: LARGE - SMALL, from: SMALL, existing: catalogue })
    const large = await measure(catalogue)

    expect(small.hubPages).toBe(SMALL * 3)
    expect(large.hubPages).toBe(LARGE * 3)
    expect([small.evidenceUrls, large.evidenceUrls]).toEqual([SMALL * 3, LARGE * 3])
    expect([small.recurring, small.recurringTotal]).toEqual([SMALL - 1, SMALL - 1])
    expect([large.recurring, large.recurringTotal]).toEqual([RECURRENCES_SHOWN, LARGE - 1])
    expect([small.skillPages, small.skillTotal, small.laterSkillPages]).toEqual([SMALL, SMALL, -1])
    expect([large.skillPages, large.skillTotal]).toEqual([EVIDENCE_LINKS_PER_PAGE, LARGE])
    expect(large.laterSkillPages).toBe(LARGE - EVIDENCE_LINKS_PER_PAGE)
    expect(large.laterSkillCalls).toBe(large.counts.skill)
    expect(large.citing).toBeGreaterThan(small.citing)
    expect(large.counts).toEqual(small.counts)
    // Career and skill by slug, FAQs, the page and a window of the skill's others (with its count),
    // careers, skills, findings, sources, the skill's assessment.
    expect(small.counts.evidence).toBeLessThanOrEqual(11)
  })

  it('loads the O*NET pages (occupation, technology, search, job family, sitemap) with the same number of queries at ten times the size', async () => {
    await runImport({ payload, release: syntheticRelease({ occupations: SMALL }), mode: 'trusted' })
    const small = await measureOnet()
    await runImport({ payload, release: syntheticRelease({ occupations: LARGE }), mode: 'trusted' })
    const large = await measureOnet()

    expect(small.technologies).toBe(SHARED_TECHNOLOGIES.length + 1)
    expect([small.usedIn, large.usedIn]).toEqual([SMALL, LARGE])
    expect([small.found, large.found]).toEqual([SMALL, LARGE])
    expect([small.inFamily, large.inFamily]).toEqual([SMALL, LARGE])
    expect(large.careerUrls).toBeGreaterThan(small.careerUrls)
    expect(large.counts).toEqual(small.counts)
    // Career by slug, its evidence pages, curated careers specialising it, related by code, technologies, dataset.
    expect(small.counts.career).toBe(6)
    // Bounded candidates per collection (neither overflows, so no names-ending-with nor count), the
    // alternate titles of those shown.
    expect(small.counts.search).toBe(3)
    expect(small.counts).toMatchObject({
      skill: 6,
      family: 1,
      families: 23,
      sitemapFiles: 3,
      careerSitemap: 1,
    })
  })
})
