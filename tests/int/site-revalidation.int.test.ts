import type { Payload, RequiredDataFromCollectionSlug } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'

import { cacheTags } from '../../lib/cache/tags'
import { loadEvidencePage } from '../../lib/data/pages/evidencePage'
import { loadEvidenceSitemap } from '../../lib/data/pages/sitemaps'
import { buildReadyCatalogue } from '../helpers/readyCatalogue'
import { startTestPayload, stopTestPayload } from '../helpers/testPayload'

// Next's cache exists only inside a Next server; here we record which tags a change expires, and how.
const expired = vi.hoisted(() => [] as { tag: string; profile: unknown }[])
vi.mock('next/cache', () => ({
  revalidateTag: (tag: string, profile: unknown) => expired.push({ tag, profile }),
  unstable_cache: (fn: unknown) => fn,
}))

let payload: Payload
let catalogue: Awaited<ReturnType<typeof buildReadyCatalogue>>

const inSitemap = async (path: string) =>
  (await loadEvidenceSitemap({ payload, page: 1 })).some((entry) => entry.path === path)
const tagsExpired = () => expired.map(({ tag }) => tag)
const expiredAtOnce = (tag: string) =>
  expired.some((entry) => entry.tag === tag && JSON.stringify(entry.profile) === '{"expire":0}')
const pageOf = async (careerIndex: number, skillIndex: number) => {
  const career = catalogue.careers[careerIndex]!
  const skill = catalogue.skills[skillIndex]!
  const { docs } = await payload.find({
    collection: 'career-skills',
    where: { and: [{ career: { equals: career.id } }, { skill: { equals: skill.id } }] },
    depth: 0,
  })
  return { id: String(docs[0]!.id), careerSlug: career.slug, skillSlug: skill.slug }
}

describe('publishing changes reach exactly the pages that show them', () => {
  beforeAll(async () => {
    payload = await startTestPayload('site-revalidation')
    catalogue = await buildReadyCatalogue(payload, { careers: 3 })
  })
  afterAll(() => stopTestPayload(payload))
  beforeEach(() => {
    expired.length = 0
  })

  it('does not expire anything while seeding', () => {
    expect(expired).toEqual([])
  })

  it('unpublishing an evidence page expires it at once, then it 404s and leaves the sitemap', async () => {
    const page = await pageOf(0, 0)
    const path = `/careers/${page.careerSlug}/skills/${page.skillSlug}`
    expect(await inSitemap(path)).toBe(true)

    await payload.update({ collection: 'career-skills', id: page.id, data: { _status: 'draft' } })

    expect(expiredAtOnce(cacheTags.evidence(page.careerSlug, page.skillSlug))).toBe(true)
    expect(tagsExpired()).toEqual(
      expect.arrayContaining([
        cacheTags.career(page.careerSlug),
        cacheTags.skill(page.skillSlug),
        cacheTags.catalogue,
      ]),
    )
    expect(await loadEvidencePage({ payload, ...page })).toBeNull()
    expect(await inSitemap(path)).toBe(false)

    expired.length = 0
    await payload.update({ collection: 'career-skills', id: page.id, data: { _status: 'published' } })
    expect(expiredAtOnce(cacheTags.evidence(page.careerSlug, page.skillSlug))).toBe(true)
    expect(await loadEvidencePage({ payload, ...page })).not.toBeNull()
  })

  it('correcting a finding refreshes every page citing it, and only those', async () => {
    const shared = catalogue.findings[0]!
    await payload.update({
      collection: 'findings',
      id: shared,
      data: { limitations: 'One labour market, one year.' },
    })
    const citing = catalogue.careers.flatMap((career) =>
      catalogue.skills.map((skill) => cacheTags.evidence(career.slug, skill.slug)),
    )
    expect(tagsExpired()).toEqual(expect.arrayContaining(citing))
    // A correction is expired at once, never served again while a new page renders in the background.
    expect(citing.every(expiredAtOnce)).toBe(true)
    expect(tagsExpired()).toContain(cacheTags.source(catalogue.sources[0]!))
    expect(tagsExpired()).not.toContain(cacheTags.source(catalogue.sources[1]!))
  })

  it('retracting a source puts a notice and a flag on every page citing it, on the next request', async () => {
    const page = await pageOf(1, 1)
    await payload.update({
      collection: 'sources',
      id: catalogue.sources[0]!,
      data: { verification: { status: 'retracted', note: 'Withdrawn by the authors after a coding error.' } },
    })
    expect(expiredAtOnce(cacheTags.evidence(page.careerSlug, page.skillSlug))).toBe(true)
    const view = await loadEvidencePage({ payload, ...page })
    expect(view?.notices.map((notice) => notice.detail)).toEqual([
      'Withdrawn by the authors after a coding error.',
    ])
    expect(
      view?.references.find((source) => source.id === catalogue.sources[0])?.flags.map((flag) => flag.key),
    ).toContain('retracted')
  })

  it('correcting the finding a career’s demand rests on refreshes that career’s pages, though no page cites it', async () => {
    const quiet = { context: { disableRevalidate: true }, depth: 0 } as const
    const career = catalogue.careers[2]!
    const finding = await payload.create({
      collection: 'findings',
      data: {
        _status: 'published',
        headline: '1.4 applicants per opening',
        statement: 'Each opening drew 1.4 applicants on average.',
        source: catalogue.sources[1]!,
        figures: [{ label: 'applicants per opening', value: 1.4, unit: 'applicants' }],
        topic: 'labour-demand',
        population: 'Openings in one region',
        scope: 'Posted openings',
        certainty: 'low',
        limitations: 'One region only.',
      },
      ...quiet,
    })
    await payload.update({
      collection: 'careers',
      id: career.id,
      data: {
        demandBasis: { basis: 'finding', finding: finding.id, rationale: 'Openings draw few applicants.' },
      },
      ...quiet,
    })
    await payload.update({
      collection: 'findings',
      id: finding.id,
      data: { limitations: 'One region, one year.' },
    })
    expect(expiredAtOnce(cacheTags.career(career.slug))).toBe(true)
    expect(tagsExpired()).not.toContain(cacheTags.career(catalogue.careers[1]!.slug))
  })

  it('correcting a dataset’s source record refreshes the pages whose ratings rest on one of its facts', async () => {
    const quiet = { context: { disableRevalidate: true }, depth: 0 } as const
    const dataset = await payload.create({
      collection: 'sources',
      data: {
        _status: 'published',
        title: 'A made-up occupational database',
        authors: [{ name: 'Statistics Office' }],
        venue: 'Statistics Office',
        year: 2025,
        url: 'https://example.org/occupational-database/1',
        provenance: { sourceType: 'government-dataset', studyDesign: 'occupational-database' },
      } as RequiredDataFromCollectionSlug<'sources'>,
      ...quiet,
    })
    const page = await pageOf(1, 2)
    await payload.update({
      collection: 'career-skills',
      id: page.id,
      data: {
        funnelRole: {
          value: 'gatekeeper',
          basis: 'dataset',
          datasetFact: 'onet-hot-technology',
          rationale: 'The dataset marks it a Hot Technology.',
        },
      },
      ...quiet,
    })
    await payload.update({ collection: 'sources', id: dataset.id, data: { venue: 'Office of Statistics' } })
    expect(expiredAtOnce(cacheTags.evidence(page.careerSlug, page.skillSlug))).toBe(true)
    expect(tagsExpired()).toContain(cacheTags.source(String(dataset.id)))
  })

  it('saving a draft nobody can see expires nothing', async () => {
    const draft = await payload.create({
      collection: 'skills',
      data: { name: 'Unreleased craft', summary: 'Not yet public.', kind: 'method', _status: 'draft' },
    })
    await payload.update({ collection: 'skills', id: draft.id, data: { summary: 'Still not public.' } })
    expect(expired).toEqual([])
  })
})
