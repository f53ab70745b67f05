import crypto from 'node:crypto'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { loadResult } from '../../lib/assessment/data/loadResult'
import { assessmentForSkill } from '../../lib/assessment/data/assessmentForSkill'
import { occupationProfiles } from '../../lib/assessment/data/occupationProfiles'
import { isMachineLearningEstimate } from '../../lib/assessment/matching/explainMatch'
import { matchesInZones } from '../../lib/assessment/matching/zonedMatches'
import { resultBody } from '../../lib/assessment/result/resultBody'
import { submitForm } from '../../lib/assessment/submit/submitForm'
import { postedFrom } from '../../lib/assessment/submit/takeFormState'
import { loadSiteSitemap } from '../../lib/data/pages/sitemaps'
import { seedDemoContent } from '../../seed/index'
import { workInterests } from '../../seed/assessments/workInterests'
import { loadOnetRelease } from '../../seed/onetRelease'
import { JUNK_FORMS } from '../helpers/badInputCorpus'
import { countAdapterCalls } from '../helpers/countQueries'
import { randomIp, submitClient } from '../helpers/submitClient'
import { startTestPayload, stopTestPayload } from '../helpers/testPayload'

let payload: Payload
let submit: Awaited<ReturnType<typeof submitClient>>

/**
 * An investigative, conventional reader: every Investigative statement agreed with strongly, the
 * Conventional ones nearly as much, Realistic neutral, the rest disagreed with (reverse-keyed items
 * answered the other way). Scores: R 3, I 5, A 1, S 1, E 1, C 4.8 — the order I-C-R.
 */
const INVESTIGATIVE_CONVENTIONAL: Record<string, number> = Object.fromEntries(
  workInterests.items.map((item) => {
    const agree = { I: 5, C: item.key === 'c4' ? 4 : 5, R: 3 }[item.dimension] ?? 1
    return [item.key, item.type === 'likert' && item.reverse ? 6 - agree : agree]
  }),
)

/**
 * Pearson's r between that reader and each occupation's six OI scores in the slice's Interests.txt,
 * computed with awk outside the code under test. Software Developers: reader (3, 5, 1, 1, 1, 4.8),
 * O*NET (3.93, 5.86, 2.26, 1.88, 1.87, 5.46), r = 0.996227.
 */
const EXPECTED_TOP = [
  ['15-1253.00', 'Software Quality Assurance Analysts and Testers', 0.999297],
  ['15-1252.00', 'Software Developers', 0.996227],
  ['15-1211.00', 'Computer Systems Analysts', 0.984256],
  ['15-1299.08', 'Computer Systems Engineers/Architects', 0.980289],
  ['15-1251.00', 'Computer Programmers', 0.968212],
] as const

const submitAnswers = async (answers: Record<string, unknown>, extra: Record<string, unknown> = {}) => {
  const answer = await submit({
    slug: workInterests.slug,
    body: JSON.stringify({ answers, idempotencyKey: crypto.randomUUID(), ...extra }),
  })
  expect(answer.status).toBe(201)
  return String(answer.body.id)
}

const resultOf = async (resultId: string) =>
  (await loadResult({ payload, slug: workInterests.slug, resultId }))!

const ranked = (view: Awaited<ReturnType<typeof resultOf>>) => {
  if (view.matching?.status !== 'ranked') throw new Error(`matching is ${view.matching?.status}`)
  return view.matching
}

describe('matching a reader with O*NET occupations at submit (49-occupation slice of 29.2)', () => {
  beforeAll(async () => {
    process.env.ASSESSMENT_SUBMIT_LIMIT = '100000'
    payload = await startTestPayload('assessment-matching')
    await seedDemoContent({ payload })
    await loadOnetRelease({ payload, log: () => {} })
    submit = await submitClient()
  })
  afterAll(() => stopTestPayload(payload))

  it('stores distinct, explained matches for an investigative, conventional reader, as hand-computed', async () => {
    const view = await resultOf(await submitAnswers(INVESTIGATIVE_CONVENTIONAL))
    const matching = ranked(view)
    expect(matching.readerOrder).toBe('I-C-R')
    const { matches, compared } = matchesInZones({ matching, zones: [] })
    // Every occupation of the slice with an interest profile: 48 of the 49 have one.
    expect(compared).toBe(48)
    expect(new Set(matches.map((match) => match.occupation.code)).size).toBe(matches.length)
    expect(matches.slice(0, 5).map((match) => [match.occupation.code, match.occupation.title])).toEqual(
      EXPECTED_TOP.map(([code, title]) => [code, title]),
    )
    EXPECTED_TOP.forEach(([, , r], index) => expect(matches[index].correlation).toBeCloseTo(r, 5))
    // Curated careers filed under the same occupation do not repeat it.
    expect(matches.map((match) => match.occupation.title)).not.toContain('Backend developer')
    expect(matches.every(isMachineLearningEstimate)).toBe(true)
    // Nothing from the old rules: no job growth, wages or AI exposure behind a match.
    expect(view.recommendations).toEqual([])
  })

  it('explains each match, links its career page and cites the O*NET data with the machine-learning flag', async () => {
    const view = await resultOf(await submitAnswers(INVESTIGATIVE_CONVENTIONAL))
    const body = resultBody({ result: view, locale: 'en-GB', zones: [] })
    if (body.matches?.status !== 'ranked') throw new Error('expected ranked matches')
    const developers = body.matches.items[1]
    expect(developers.why).toBe(
      'Your order I-C-R; Software Developers’ profile I-C-R. Both rank Investigative, Conventional and Realistic among their top interests. The two profiles correlate at r = 1.00.',
    )
    expect(developers.href).toBe('/careers/software-developers')
    expect(developers.source?.flag?.label).toBe('Machine-learning estimate')
    expect(developers.released).toBe('November 2023')
    expect(developers.jobZone).toEqual({ zone: 4, name: 'Considerable preparation' })
    expect(body.matches.dataset?.title).toBe('O*NET 29.2 Database')
    expect(body.matches.dataset?.href).toMatch(/^\/sources\/[^/]+$/)
    expect(body.reading?.headline).toBe(
      'Your strongest interests are Investigative and Conventional, in that order.',
    )
  })

  it('narrows the stored matches to the job zones the reader will prepare for', async () => {
    const view = await resultOf(await submitAnswers(INVESTIGATIVE_CONVENTIONAL))
    const body = resultBody({ result: view, locale: 'en-GB', zones: [3] })
    if (body.matches?.status !== 'ranked') throw new Error('expected ranked matches')
    expect(body.matches.items[0].title).toBe('Computer Systems Analysts')
    expect(body.matches.items.every((item) => item.jobZone?.zone === 3)).toBe(true)
  })

  it('reads the profiles in one query, kept until a newer import is approved', async () => {
    const first = await countAdapterCalls(payload, () => occupationProfiles({ payload }))
    expect(first.result).toHaveLength(48)
    const again = await countAdapterCalls(payload, () => occupationProfiles({ payload }))
    // Only the lookup of the newest approved import: the profiles themselves are reused.
    expect(again.calls).toBe(1)
    expect(again.result).toBe(first.result)

    const [run] = (await payload.find({ collection: 'imports', limit: 1, depth: 0 })).docs
    await payload.update({ collection: 'imports', id: run.id, data: { decisionNote: 'Re-approved.' } })
    const afterApproval = await countAdapterCalls(payload, () => occupationProfiles({ payload }))
    expect(afterApproval.calls).toBe(2)
    expect(afterApproval.result).not.toBe(first.result)
  })

  it('shows a retake what changed on each dimension since the earlier attempt', async () => {
    const earlier = await submitAnswers(INVESTIGATIVE_CONVENTIONAL)
    const retake = await submitAnswers({ ...INVESTIGATIVE_CONVENTIONAL, a1: 5, a2: 5 }, { retakeOf: earlier })
    const view = await resultOf(retake)
    const change = resultBody({ result: view, locale: 'en-GB', zones: [] }).change!
    const artistic = change.rows.find((row) => row.key === 'A')!
    expect(artistic.changes[0]).toBe('Agreement with the statements: 1.00 → 2.60 (+1.60)')
    expect(artistic.changes[1]).toMatch(/^Percentile: \d+(st|nd|rd|th) → \d+(st|nd|rd|th) \(\+\d+ points\)$/)
    expect(change.rows.find((row) => row.key === 'I')!.changes[0]).toBe(
      'Agreement with the statements: 5.00 → 5.00 (no change)',
    )
    expect((await resultOf(earlier)).previous).toBeNull()
  })

  it('names the questions a plain form left out by their text, and keeps every answer given', async () => {
    const form = new URLSearchParams({ slug: workInterests.slug, idempotencyKey: crypto.randomUUID() })
    const answered = workInterests.items.slice(0, 26)
    for (const item of answered) form.set(`answer.${item.key}`, '4')
    const before = (await payload.count({ collection: 'assessment-responses' })).totalDocs
    const outcome = await submitForm({ payload, slug: workInterests.slug, clientKey: randomIp(), form })
    if (!('refusal' in outcome)) throw new Error('expected a refusal')
    const missing = workInterests.items.slice(26)
    expect(outcome.refusal.message).toBe(
      `Please answer every question (4 left): “${missing[0].text}”, “${missing[1].text}”, “${missing[2].text}” and 1 more.`,
    )
    expect(outcome.refusal.message).not.toMatch(/answers\.|[a-z]\d\b/)
    expect(outcome.refusal.questions).toEqual(missing.map((item) => item.key))
    expect(Object.keys(postedFrom(form).answers)).toEqual(answered.map((item) => item.key))
    expect((await payload.count({ collection: 'assessment-responses' })).totalDocs).toBe(before)
  })

  it('refuses junk from the plain form in words, writing nothing', async () => {
    const before = (await payload.count({ collection: 'assessment-responses' })).totalDocs
    for (const [label, text] of Object.entries(JUNK_FORMS)) {
      const form = new URLSearchParams(text)
      const outcome = await submitForm({ payload, slug: workInterests.slug, clientKey: randomIp(), form })
      expect('refusal' in outcome ? outcome.refusal.message : null, label).toMatch(/^[A-Z].+\.$/)
    }
    expect((await payload.count({ collection: 'assessment-responses' })).totalDocs).toBe(before)
  })

  it('links an evidence page only to the instrument of its own skill', async () => {
    const skillId = async (slug: string) =>
      String(
        (await payload.find({ collection: 'skills', where: { slug: { equals: slug } }, limit: 1 })).docs[0]
          ?.id,
      )
    expect((await assessmentForSkill({ payload, skillId: await skillId('bentoml') }))?.href).toBe(
      '/assessments/bentoml-model-serving',
    )
    // The model-serving advice mentions Kubernetes, and the interest instrument measures no skill.
    expect(await assessmentForSkill({ payload, skillId: await skillId('kubernetes') })).toBeNull()
    expect(await assessmentForSkill({ payload, skillId: await skillId('python') })).toBeNull()
  })

  it('lists the assessments and their index in the site sitemap', async () => {
    const urls = (await loadSiteSitemap({ payload, families: [] })).map((url) => url.path)
    expect(urls).toEqual(
      expect.arrayContaining([
        '/assessments',
        '/assessments/work-interests',
        '/assessments/bentoml-model-serving',
      ]),
    )
  })
})
