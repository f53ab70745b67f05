import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { loadCareerPage } from '../../lib/data/pages/careerPage'
import { loadCatalogue } from '../../lib/data/pages/catalogue'
import { loadEvidencePage } from '../../lib/data/pages/evidencePage'
import { loadSkillPage } from '../../lib/data/pages/skillPage'
import { loadSourcePage } from '../../lib/data/pages/sourcePage'
import { countAdapterCalls } from '../helpers/countQueries'
import { buildReadyCatalogue } from '../helpers/readyCatalogue'
import { startTestPayload, stopTestPayload } from '../helpers/testPayload'

let payload: Payload

type Counts = Record<'evidence' | 'career' | 'skill' | 'source' | 'catalogue', number>

const SMALL = 2
const LARGE = SMALL * 10

/** Query counts for one of each page, with how much each page listed (to prove the catalogue grew). */
const measure = async (catalogue: Awaited<ReturnType<typeof buildReadyCatalogue>>) => {
  const careerSlug = catalogue.careers[0]!.slug
  const skillSlug = catalogue.skills[0]!.slug
  const evidence = await countAdapterCalls(payload, () =>
    loadEvidencePage({ payload, careerSlug, skillSlug }),
  )
  const career = await countAdapterCalls(payload, () => loadCareerPage({ payload, careerSlug }))
  const skill = await countAdapterCalls(payload, () => loadSkillPage({ payload, skillSlug }))
  const source = await countAdapterCalls(payload, () =>
    loadSourcePage({ payload, sourceId: catalogue.sources[0]! }),
  )
  const all = await countAdapterCalls(payload, () => loadCatalogue({ payload }))
  const counts: Counts = {
    evidence: evidence.calls,
    career: career.calls,
    skill: skill.calls,
    source: source.calls,
    catalogue: all.calls,
  }
  return {
    counts,
    recurring: evidence.result?.recursIn.length ?? -1,
    pages: all.result.pages.length,
    citing: source.result?.citedBy.length ?? -1,
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

    expect(small.pages).toBe(SMALL * 3)
    expect(large.pages).toBe(LARGE * 3)
    expect(large.recurring).toBe(LARGE - 1)
    expect(large.citing).toBeGreaterThan(small.citing)
    expect(large.counts).toEqual(small.counts)
    // Career and skill by slug, FAQs, the skill's pages, careers, skills, findings, sources, methodology.
    expect(small.counts.evidence).toBeLessThanOrEqual(9)
  })
})
