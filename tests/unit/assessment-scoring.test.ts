import { describe, expect, it } from 'vitest'

import type { Instrument } from '../../lib/assessment/instrument'
import { groupsOf } from '../../lib/assessment/instrument'
import { recommend } from '../../lib/assessment/recommend/recommend'
import { computeReliability } from '../../lib/assessment/reliability/computeReliability'
import { placeScores } from '../../lib/assessment/scoring/placeScores'
import { scoreAnswers } from '../../lib/assessment/scoring/scoreAnswers'
import { formToSubmission } from '../../lib/assessment/submit/formToSubmission'
import { parseSubmission } from '../../lib/assessment/submit/parseSubmission'
import { modelServing } from '../../seed/assessments/modelServing'
import { syntheticSample } from '../../seed/assessments/syntheticSample'
import { instrumentFromSeed } from '../../seed/assessments/toInstrumentSeed'
import { workInterests } from '../../seed/assessments/workInterests'
import { computeNorms } from '../../lib/assessment/scoring/computeNorms'

const riasec: Instrument = instrumentFromSeed(workInterests)
const serving: Instrument = instrumentFromSeed(modelServing)

const answersFor = (instrument: Instrument, value: (key: string) => number) =>
  Object.fromEntries(instrument.items.map((item) => [item.key, value(item.key)]))

describe('demo instruments', () => {
  it('RIASEC has at least 24 Likert items, four or more per type, and five pages', () => {
    expect(riasec.items.filter((item) => item.type === 'likert').length).toBeGreaterThanOrEqual(24)
    for (const { key } of riasec.dimensions)
      expect(riasec.items.filter((item) => item.dimension === key).length).toBeGreaterThanOrEqual(4)
    expect(groupsOf(riasec.items)).toHaveLength(5)
  })

  it('the model-serving instrument has at least 8 items, rubric-scored levels among them', () => {
    expect(serving.items.length).toBeGreaterThanOrEqual(8)
    expect(serving.items.filter((item) => item.type === 'rubric').length).toBeGreaterThanOrEqual(4)
  })
})

describe('scoreAnswers', () => {
  it('reverses reverse-keyed items, so agreeing with everything does not max a dimension', () => {
    const scores = scoreAnswers(
      riasec,
      answersFor(riasec, () => 5),
    )
    // Four items at 5 and one reverse-keyed item scored 1: mean 4.2.
    expect(scores.R.score).toBeCloseTo(4.2, 10)
    expect(scores.R).toMatchObject({ min: 1, max: 5, items: 5 })
  })

  it('scores a rubric item by the level chosen, ignoring free-text evidence', () => {
    const answers = {
      ...answersFor(serving, () => 1),
      p3: { level: 4, evidence: 'a long description of everything' },
    }
    expect(scoreAnswers(serving, answers).packaging.score).toBeCloseTo((1 + 1 + 4 + 1) / 4, 10)
  })
})

describe('placeScores', () => {
  const sample = syntheticSample({ instrument: riasec, ...workInterests.synthetic }).map(
    (entry) => entry.answers,
  )
  const normed: Instrument = {
    ...riasec,
    norms: { synthetic: true, sampleDescription: 'test', dimensions: computeNorms(riasec, sample) },
  }
  const reliability = computeReliability({
    instrument: riasec,
    responses: sample.map((answers, i) => ({ id: String(i), answers, sample: 'synthetic' })),
  })

  it('puts the norm mean near the 50th percentile with a band from the SEM', () => {
    const scores = scoreAnswers(
      normed,
      answersFor(normed, () => 3),
    )
    for (const { dimension, mean } of normed.norms.dimensions) scores[dimension].score = mean
    const placed = placeScores({ instrument: normed, scores, reliability })
    expect(placed.I.percentile).toBe(50)
    expect(placed.I.method).toBe('normal')
    expect(placed.I.band!.percentileLow).toBeLessThan(50)
    expect(placed.I.band!.percentileHigh).toBeGreaterThan(50)
  })

  it('switches to empirical percentiles at 200 live scores', () => {
    const scores = scoreAnswers(
      normed,
      answersFor(normed, () => 3),
    )
    const live = Object.fromEntries(normed.dimensions.map(({ key }) => [key, { values: [1], counts: [200] }]))
    const placed = placeScores({ instrument: normed, scores, reliability, live })
    expect(placed.R).toMatchObject({ method: 'empirical', percentile: 99 })
  })

  it('gives the synthetic sample a usable alpha on every dimension', () => {
    for (const entry of reliability.dimensions) expect(entry.alpha).toBeGreaterThan(0.6)
  })

  it('recommends no rule-based careers for the matching instrument, whatever rules it is given', () => {
    const answers = answersFor(normed, (key) => (key.startsWith('e') || key.startsWith('a') ? 5 : 1))
    const placed = placeScores({ instrument: normed, scores: scoreAnswers(normed, answers), reliability })
    const leftover = [
      { career: { slug: 'backend-developer', title: 'Backend Developer' }, reason: 'x', findingId: 'f' },
    ]
    expect(workInterests.rules).toEqual([])
    expect(recommend({ instrument: normed, placed, rules: leftover, answers })).toEqual([])
  })
})

describe('computeReliability', () => {
  it('correlates attempts with their retakes for test-retest', () => {
    const sample = syntheticSample({ instrument: serving, ...modelServing.synthetic })
    const responses = sample.flatMap((entry, i) => [
      {
        id: `a${i}`,
        answers: entry.answers,
        sample: 'synthetic' as const,
        createdAt: '2024-01-01T00:00:00Z',
      },
      ...(entry.retake
        ? [
            {
              id: `b${i}`,
              answers: entry.retake,
              sample: 'synthetic' as const,
              retakeOf: `a${i}`,
              createdAt: '2024-01-29T00:00:00Z',
            },
          ]
        : []),
    ])
    const reliability = computeReliability({ instrument: serving, responses })
    expect(reliability.responses).toEqual({ live: 0, synthetic: responses.length })
    for (const entry of reliability.dimensions) {
      expect(entry.retest.pairs).toBe(modelServing.synthetic.retakes)
      expect(entry.retest.r).toBeGreaterThan(0.5)
      expect(entry.retest.medianIntervalDays).toBe(28)
    }
  })
})

describe('parseSubmission', () => {
  it('names the first missing item', () => {
    const answers = answersFor(riasec, () => 3)
    delete answers.c4
    const result = parseSubmission(riasec, { answers, idempotencyKey: crypto.randomUUID() })
    expect(result.ok).toBe(false)
    if (!result.ok)
      expect(result.problem.body).toMatchObject({ field: 'answers.c4', error: 'answers.c4 is required' })
  })

  it('refuses a rubric level that is not one of the anchors', () => {
    const result = parseSubmission(serving, {
      answers: { ...answersFor(serving, () => 2), p3: 7 },
      idempotencyKey: crypto.randomUUID(),
    })
    expect(!result.ok && result.problem.body.field).toBe('answers.p3')
  })
})

describe('formToSubmission', () => {
  it('turns form fields into the JSON body, keeping rubric evidence with its level', () => {
    const form = new URLSearchParams([
      ...serving.items.map((item) => [`answer.${item.key}`, '2']),
      ['evidence.p3', 'Shipped a fraud model'],
      ['idempotencyKey', 'k'],
    ])
    const body = formToSubmission(serving, form) as {
      answers: Record<string, unknown>
      idempotencyKey: string
    }
    expect(body.answers.p1).toBe(2)
    expect(body.answers.p3).toEqual({ level: 2, evidence: 'Shipped a fraud model' })
    expect(body.idempotencyKey).toBe('k')
  })

  it('keeps a __proto__ field as an own key so the validator refuses it', () => {
    const body = formToSubmission(serving, new URLSearchParams([['answer.__proto__', '1']]))
    const result = parseSubmission(serving, body)
    expect(!result.ok && result.problem.body.field).toBe('answers.__proto__')
  })
})
