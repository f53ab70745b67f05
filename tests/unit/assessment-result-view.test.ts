import { describe, expect, it } from 'vitest'

import type { Instrument } from '../../lib/assessment/instrument'
import { changeView } from '../../lib/assessment/result/changeView'
import { dimensionRows } from '../../lib/assessment/result/dimensionRows'
import { parseZones } from '../../lib/assessment/result/matchesView'
import type { PlacedScore } from '../../lib/assessment/scoring/placeScores'
import { scaleParts } from '../../lib/assessment/scoring/scaleParts'
import { parseSubmission } from '../../lib/assessment/submit/parseSubmission'
import { readableRefusal } from '../../lib/assessment/submit/readableRefusal'
import { modelServing } from '../../seed/assessments/modelServing'
import { instrumentFromSeed } from '../../seed/assessments/toInstrumentSeed'

const serving: Instrument = instrumentFromSeed(modelServing)

const placed = (percentile: number, band = true): PlacedScore => ({
  score: 3.1,
  min: 1,
  max: 4.5,
  percentile,
  method: 'normal',
  band: band
    ? { low: 2.6, high: 3.6, percentileLow: percentile - 20, percentileHigh: percentile + 1, sem: 0.3 }
    : null,
})

const answersAt = (likert: number, rubric: number) =>
  Object.fromEntries(serving.items.map((item) => [item.key, item.type === 'likert' ? likert : rubric]))

describe('dimensionRows', () => {
  it('writes every percentile as an English ordinal, 71st and 72nd included', () => {
    const rows = dimensionRows({
      dimensions: serving.dimensions,
      placed: { packaging: placed(71), performance: placed(72), operations: placed(13, false) },
      scales: scaleParts(serving, answersAt(4, 2)),
    })
    expect(rows.map((row) => row.percentileText)).toEqual(['71st', '72nd', '13th'])
    expect(rows[0].band?.text).toBe('51st to 72nd')
    expect(rows[2].band).toBeNull()
  })

  it('reports self-ratings and rubric levels each on its own scale, never one average of both', () => {
    const [packaging] = dimensionRows({
      dimensions: serving.dimensions,
      placed: { packaging: placed(50), performance: placed(50), operations: placed(50) },
      scales: scaleParts(serving, answersAt(4, 2)),
    })
    expect(packaging.scales).toEqual([
      { name: 'Agreement with the statements', text: '4.00 on the 1–5 agreement scale' },
      { name: 'Level reached', text: 'level 2.0 of 4, on average' },
    ])
    expect(JSON.stringify(packaging)).not.toMatch(/3\.\d+ of 1\.00–4\.50/)
  })
})

describe('changeView', () => {
  it('dates the earlier attempt in the reader’s locale and signs each change', () => {
    const view = changeView({
      previous: {
        takenAt: '2026-11-28T20:42:22.000Z',
        scales: scaleParts(serving, answersAt(2, 1)),
        percentiles: { packaging: 40, performance: 72, operations: 10 },
      },
      dimensions: serving.dimensions,
      scales: scaleParts(serving, answersAt(4, 1)),
      percentiles: { packaging: 61, performance: 72, operations: 3 },
      locale: 'en-US',
    })
    expect(view.earlierTakenAt).toBe('November 28, 2026 at 08:42 PM UTC')
    expect(view.rows[0].changes).toEqual([
      'Agreement with the statements: 2.00 → 4.00 (+2.00)',
      'Level reached: 1.00 → 1.00 (no change)',
      'Percentile: 40th → 61st (+21 points)',
    ])
    expect(view.rows[1].changes[2]).toBe('Percentile: 72nd → 72nd (no change)')
    expect(view.rows[2].changes[2]).toBe('Percentile: 10th → 3rd (−7 points)')
  })
})

describe('readableRefusal', () => {
  it('names unanswered Likert and rubric questions by their text, never by their keys', () => {
    const answers = answersAt(3, 2)
    delete answers.p1
    delete answers.p3
    const parsed = parseSubmission(serving, { answers, idempotencyKey: crypto.randomUUID() })
    if (parsed.ok) throw new Error('expected a refusal')
    const refusal = readableRefusal(serving, parsed.problem)
    const [p1, p3] = ['p1', 'p3'].map((key) => serving.items.find((item) => item.key === key)!.text)
    expect(refusal).toEqual({
      message: `Please answer every question (2 left): “${p1}” and “${p3}”.`,
      questions: ['p1', 'p3'],
    })
  })

  it('says what the form’s hidden fields mean instead of naming them', () => {
    const refusal = readableRefusal(serving, {
      status: 409,
      body: {
        error: 'This idempotencyKey was already used with different answers.',
        field: 'idempotencyKey',
      },
    })
    expect(refusal.message).not.toContain('idempotencyKey')
    expect(refusal.message).toMatch(/^This form was already used/)
  })
})

describe('parseZones', () => {
  it('keeps only real job zones from the query string, in order', () => {
    expect(parseZones(['4', '2', 'x', '9', '2'])).toEqual([2, 4])
    expect(parseZones('3')).toEqual([3])
    expect(parseZones(undefined)).toEqual([])
  })
})
