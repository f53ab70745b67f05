import crypto from 'node:crypto'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { loadResult } from '../../lib/assessment/data/loadResult'
import type { Instrument } from '../../lib/assessment/instrument'
import { computeReliability, type StoredResponse } from '../../lib/assessment/reliability/computeReliability'
import type { Reliability } from '../../lib/assessment/reliability/types'
import { liveTallies, reliabilityFrom } from '../../lib/assessment/running/reliabilityFrom'
import type { RunningStatistics } from '../../lib/assessment/running/types'
import { empiricalPercentile } from '../../lib/assessment/statistics/percentile'
import { tallySize } from '../../lib/assessment/statistics/tally'
import type { Answers } from '../../lib/assessment/submit/answersSchema'
import { toInstrument } from '../../lib/assessment/toInstrument'
import { idOf } from '../../lib/data/read/ids'
import { modelServing } from '../../seed/assessments/modelServing'
import { workInterests } from '../../seed/assessments/workInterests'
import { seedDemoContent } from '../../seed/index'
import { seededRandom } from '../helpers/seededRandom'
import { staffSession } from '../helpers/staffSession'
import { submitClient } from '../helpers/submitClient'
import { startTestPayload, stopTestPayload } from '../helpers/testPayload'

let payload: Payload
let submit: Awaited<ReturnType<typeof submitClient>>
let staff: Awaited<ReturnType<typeof staffSession>>

const instrumentFor = async (slug: string): Promise<Instrument> => {
  const { docs } = await payload.find({
    collection: 'assessments',
    where: { slug: { equals: slug } },
    depth: 0,
  })
  return toInstrument(docs[0])
}

const storedStatistics = async (instrument: Instrument) => {
  const { docs } = await payload.find({
    collection: 'assessment-statistics',
    where: { assessment: { equals: instrument.id } },
    depth: 0,
  })
  expect(docs).toHaveLength(1)
  return docs[0].statistics as RunningStatistics
}

/** Every stored response of the assessment, read back the slow way, for the direct computation. */
const allResponses = async (instrument: Instrument): Promise<StoredResponse[]> => {
  const { docs } = await payload.find({
    collection: 'assessment-responses',
    where: { assessment: { equals: instrument.id } },
    depth: 0,
    pagination: false,
  })
  return docs.map((doc) => ({
    id: String(doc.id),
    answers: doc.answers as Answers,
    sample: doc.sample,
    retakeOf: idOf(doc.retakeOf) ?? null,
    createdAt: doc.createdAt,
  }))
}

const expectSameReliability = (running: Reliability, direct: Reliability) => {
  expect(running.responses).toEqual(direct.responses)
  running.dimensions.forEach((entry, index) => {
    const expected = direct.dimensions[index]
    expect(entry).toMatchObject({ dimension: expected.dimension, n: expected.n, items: expected.items })
    expect(entry.alpha).toBeCloseTo(expected.alpha!, 9)
    expect(entry.alphaLower).toBeCloseTo(expected.alphaLower!, 9)
    expect(entry.retest.pairs).toBe(expected.retest.pairs)
    expect(entry.retest.r).toBeCloseTo(expected.retest.r!, 9)
    expect(entry.retest.medianIntervalDays).toBe(expected.retest.medianIntervalDays)
  })
}

/** The stored statistics, and the reliability published on the assessment, equal a recomputation from every response. */
const expectEqualToRecomputation = async (slug: string) => {
  const instrument = await instrumentFor(slug)
  const responses = await allResponses(instrument)
  const direct = computeReliability({ instrument, responses })
  const statistics = await storedStatistics(instrument)
  expectSameReliability(reliabilityFrom({ statistics, instrument }), direct)
  const published = (await payload.findByID({ collection: 'assessments', id: instrument.id, depth: 0 }))
    .reliability as Reliability
  expectSameReliability(published, direct)
  return { instrument, responses, statistics }
}

const randomAnswers = (items: { key: string; type: string }[], random: () => number) =>
  Object.fromEntries(
    items.map((item) => [item.key, 1 + Math.floor(random() * (item.type === 'likert' ? 5 : 4))]),
  )

const post = (slug: string, body: Record<string, unknown>) =>
  submit({ slug, body: JSON.stringify({ idempotencyKey: crypto.randomUUID(), ...body }) })

describe('running statistics on the submit path', () => {
  beforeAll(async () => {
    process.env.ASSESSMENT_SUBMIT_LIMIT = '1000'
    payload = await startTestPayload('assessment-statistics')
    await seedDemoContent({ payload })
    submit = await submitClient()
    staff = await staffSession(payload)
  })
  afterAll(() => stopTestPayload(payload))

  it('are built by the seed from the synthetic sample, equal to a direct computation', async () => {
    for (const slug of [workInterests.slug, modelServing.slug]) {
      const { statistics } = await expectEqualToRecomputation(slug)
      expect(statistics.responses.live).toBe(0)
    }
  })

  it('lose no update when 20 submissions, retakes among them, arrive at once', async () => {
    const random = seededRandom(20261128)
    const first = await post(workInterests.slug, { answers: randomAnswers(workInterests.items, random) })
    expect(first.status).toBe(201)
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        post(workInterests.slug, {
          answers: randomAnswers(workInterests.items, random),
          ...(index % 4 === 0 ? { retakeOf: first.body.id } : {}),
        }),
      ),
    )
    expect(answers.map((answer) => answer.status)).toEqual(Array(20).fill(201))
    const { statistics, responses } = await expectEqualToRecomputation(workInterests.slug)
    expect(statistics.responses.live).toBe(21)
    expect(responses.filter((response) => response.retakeOf).length).toBe(40 + 5)
  })

  it('write a burst in batches where a repeated key and a bad retake sink no other submission', async () => {
    const random = seededRandom(99)
    const repeated = JSON.stringify({
      answers: randomAnswers(workInterests.items, random),
      idempotencyKey: crypto.randomUUID(),
    })
    const burst = await Promise.all([
      ...Array.from({ length: 8 }, () =>
        post(workInterests.slug, { answers: randomAnswers(workInterests.items, random) }),
      ),
      submit({ slug: workInterests.slug, body: repeated }),
      submit({ slug: workInterests.slug, body: repeated }),
      post(workInterests.slug, {
        answers: randomAnswers(workInterests.items, random),
        retakeOf: 'B'.repeat(24),
      }),
      ...Array.from({ length: 8 }, () =>
        post(workInterests.slug, { answers: randomAnswers(workInterests.items, random) }),
      ),
    ])
    expect(burst.map((answer) => answer.status)).toEqual([...Array(10).fill(201), 400, ...Array(8).fill(201)])
    expect(burst[9].body.id).toBe(burst[8].body.id)
    expect(burst[10].body.field).toBe('retakeOf')
    const { statistics } = await expectEqualToRecomputation(workInterests.slug)
    expect(statistics.responses.live).toBe(21 + 17)
  })

  it('give each new result the empirical percentile of every live score once there are 200', async () => {
    const instrument = await instrumentFor(modelServing.slug)
    const random = seededRandom(7)
    // 200 live responses stored directly (the submit path's cost is not what this test is about), then one rebuild.
    for (let index = 0; index < 200; index++) {
      await payload.create({
        collection: 'assessment-responses',
        data: {
          assessment: instrument.id,
          resultId: crypto.randomBytes(18).toString('base64url'),
          sample: 'live',
          answers: randomAnswers(modelServing.items, random),
          scores: {},
          percentiles: {},
          recommendations: { items: [] },
        },
        context: { skipStatistics: true },
        depth: 0,
      })
    }
    const { api, tokens } = staff
    const rebuilt = await api.rest({
      method: 'POST',
      path: `/assessment-statistics/rebuild/${instrument.id}`,
      token: tokens.admin,
    })
    expect(rebuilt.status).toBe(200)
    const before = await storedStatistics(instrument)
    expect(tallySize(liveTallies(before).packaging)).toBe(200)

    const answered = await post(modelServing.slug, { answers: randomAnswers(modelServing.items, random) })
    expect(answered.status).toBe(201)
    const stored = (
      await payload.find({
        collection: 'assessment-responses',
        where: { resultId: { equals: answered.body.id } },
        depth: 0,
      })
    ).docs[0]
    const liveScores = (await allResponses(instrument))
      .filter((response) => response.sample === 'live' && response.id !== String(stored.id))
      .map((response) => response.answers)
    const scores = stored.scores as Record<string, { score: number }>
    const percentiles = stored.percentiles as Record<string, number>
    for (const { key } of instrument.dimensions) {
      const sample = liveScores.map((answers) => {
        const items = instrument.items.filter((item) => item.dimension === key)
        return items.reduce((sum, item) => sum + Number(answers[item.key]), 0) / items.length
      })
      expect(percentiles[key]).toBe(empiricalPercentile(scores[key].score, sample))
    }
    await expectEqualToRecomputation(modelServing.slug)
  })

  it('rebuild themselves when missing, as after upgrading a database that already holds responses', async () => {
    await payload.db.deleteMany({ collection: 'assessment-statistics', where: { id: { exists: true } } })
    const answered = await post(workInterests.slug, {
      answers: randomAnswers(workInterests.items, seededRandom(3)),
    })
    expect(answered.status).toBe(201)
    const { statistics } = await expectEqualToRecomputation(workInterests.slug)
    expect(statistics.responses.live).toBe(22 + 17)
  })

  it('follow an admin’s deletion of a response', async () => {
    const instrument = await instrumentFor(workInterests.slug)
    const [victim] = (
      await payload.find({
        collection: 'assessment-responses',
        where: { and: [{ assessment: { equals: instrument.id } }, { sample: { equals: 'live' } }] },
        depth: 0,
        limit: 1,
      })
    ).docs
    await payload.delete({ collection: 'assessment-responses', id: victim.id })
    const { statistics } = await expectEqualToRecomputation(workInterests.slug)
    expect(statistics.responses.live).toBe(21 + 17)
  })

  it('are rebuilt only by admins, and never readable by anyone else', async () => {
    const { api, tokens } = staff
    const instrument = await instrumentFor(workInterests.slug)
    for (const token of [undefined, tokens.editor, tokens.reviewer]) {
      const refused = await api.rest({
        method: 'POST',
        path: `/assessment-statistics/rebuild/${instrument.id}`,
        token,
      })
      expect(refused.status).toBe(403)
      expect(refused.body.error).toBe('Only an admin can rebuild assessment statistics.')
      expect((await api.rest({ path: '/assessment-statistics', token })).status).toBe(403)
    }
    const unknown = await api.rest({
      method: 'POST',
      path: `/assessment-statistics/rebuild/${crypto.randomUUID()}`,
      token: tokens.admin,
    })
    expect(unknown.status).toBe(404)
  })

  it('show a skill-level reader their level and the evidence note they typed', async () => {
    const answers = Object.fromEntries(
      modelServing.items.map((item) => [item.key, item.type === 'likert' ? 4 : 2]),
    ) as Record<string, unknown>
    answers.p3 = { level: 3, evidence: 'Served our churn model with BentoML; the image runs in staging.' }
    const answered = await post(modelServing.slug, { answers })
    expect(answered.status).toBe(201)
    const view = await loadResult({ payload, slug: modelServing.slug, resultId: String(answered.body.id) })
    const packaging = view!.skillLevel!.dimensions.find((dimension) => dimension.dimension === 'packaging')!
    expect(packaging.level).toBe('practitioner')
    expect(packaging.rubric.find((answer) => answer.item === 'p3')!.evidence).toBe(
      'Served our churn model with BentoML; the image runs in staging.',
    )
    expect(packaging.scales).toEqual({
      likert: { mean: 4, min: 1, max: 5, items: 2 },
      rubric: { mean: 2.5, min: 1, max: 4, items: 2 },
    })
    expect(view!.recommendations.map((item) => item.reason).join(' ')).not.toMatch(
      /Package one model of your own/,
    )
  })

  it('refuse submissions as soon as the assessment is unpublished, though reads are shared for two seconds', async () => {
    const instrument = await instrumentFor(workInterests.slug)
    const answers = randomAnswers(workInterests.items, seededRandom(11))
    expect((await post(workInterests.slug, { answers })).status).toBe(201)
    await payload.update({ collection: 'assessments', id: instrument.id, data: { _status: 'draft' } })
    const refused = await post(workInterests.slug, { answers })
    expect(refused.status).toBe(404)
    expect(refused.body.error).toBe(`No published assessment "${workInterests.slug}".`)
    await payload.update({ collection: 'assessments', id: instrument.id, data: { _status: 'published' } })
    expect((await post(workInterests.slug, { answers })).status).toBe(201)
  })
})
