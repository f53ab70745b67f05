import { describe, expect, it } from 'vitest'

import type { Instrument } from '../../lib/assessment/instrument'
import { computeReliability, type StoredResponse } from '../../lib/assessment/reliability/computeReliability'
import type { Reliability } from '../../lib/assessment/reliability/types'
import {
  addAttempt,
  addRetestPair,
  dimensionTotals,
  emptyStatistics,
} from '../../lib/assessment/running/accumulate'
import { instrumentKey } from '../../lib/assessment/running/instrumentKey'
import { liveTallies, reliabilityFrom } from '../../lib/assessment/running/reliabilityFrom'
import type { RunningStatistics } from '../../lib/assessment/running/types'
import { scoreAnswers } from '../../lib/assessment/scoring/scoreAnswers'
import { cronbachAlpha } from '../../lib/assessment/statistics/cronbachAlpha'
import { pearson } from '../../lib/assessment/statistics/pearson'
import { empiricalPercentile, tallyPercentile } from '../../lib/assessment/statistics/percentile'
import { alphaFromSums, pearsonFromSums } from '../../lib/assessment/statistics/sums'
import { addToTally, emptyTally, tallyMedian } from '../../lib/assessment/statistics/tally'
import type { Answers } from '../../lib/assessment/submit/answersSchema'
import { modelServing } from '../../seed/assessments/modelServing'
import { syntheticSample } from '../../seed/assessments/syntheticSample'
import { instrumentFromSeed } from '../../seed/assessments/toInstrumentSeed'
import { workInterests } from '../../seed/assessments/workInterests'
import { seededRandom } from '../helpers/seededRandom'

const DAY_MS = 24 * 60 * 60 * 1000
const INSTRUMENTS: [string, Instrument, number][] = [
  ['work interests', instrumentFromSeed(workInterests), 0.15],
  ['model serving', instrumentFromSeed(modelServing), 0.5],
]

/**
 * A random history of stored responses: fresh attempts and retakes of a random earlier one, live or
 * synthetic, now and then one with an item missing (stored under an older version of the items), at
 * random times. Answers come from the synthetic-sample generator, so dimensions have real variance.
 */
const randomHistory = ({
  instrument,
  seed,
  size,
  shared,
}: {
  instrument: Instrument
  seed: number
  size: number
  shared: number
}) => {
  const random = seededRandom(seed)
  const pool = syntheticSample({ instrument, seed, respondents: size, retakes: size, sharedFactor: shared })
  const history: StoredResponse[] = []
  let time = Date.UTC(2026, 0, 1)
  pool.forEach((respondent, index) => {
    time += Math.floor(random() * 3 * DAY_MS)
    const answers: Answers = { ...respondent.answers }
    if (random() < 0.05) delete answers[instrument.items[Math.floor(random() * instrument.items.length)].key]
    const earlier = history.length && random() < 0.25 ? history[Math.floor(random() * history.length)] : null
    history.push({
      id: `r${index}`,
      answers: earlier ? respondent.retake! : answers,
      sample: random() < 0.6 ? 'live' : 'synthetic',
      retakeOf: earlier?.id ?? null,
      createdAt: new Date(time).toISOString(),
    })
  })
  return history
}

/** The submit path's way: one response at a time, each retake paired with the attempt it names. */
const incrementally = (instrument: Instrument, history: StoredResponse[]): RunningStatistics => {
  const byId = new Map(history.map((response) => [response.id, response]))
  let statistics = emptyStatistics(instrument)
  for (const response of history) {
    statistics = addAttempt({ statistics, instrument, answers: response.answers, sample: response.sample })
    const earlier = response.retakeOf ? byId.get(response.retakeOf) : undefined
    const first = earlier && dimensionTotals(instrument, earlier.answers)
    const retake = dimensionTotals(instrument, response.answers)
    if (earlier && first && retake)
      statistics = addRetestPair({
        statistics,
        first: { totals: first, createdAt: earlier.createdAt },
        retake: { totals: retake, createdAt: response.createdAt },
      })
  }
  return statistics
}

const expectSameReliability = (running: Reliability, direct: Reliability) => {
  expect(running.responses).toEqual(direct.responses)
  running.dimensions.forEach((entry, index) => {
    const expected = direct.dimensions[index]
    expect(entry).toMatchObject({ dimension: expected.dimension, items: expected.items, n: expected.n })
    for (const figure of ['alpha', 'alphaLower', 'alphaUpper'] as const) {
      if (expected[figure] === null) expect(entry[figure]).toBeNull()
      else expect(entry[figure]).toBeCloseTo(expected[figure]!, 9)
    }
    expect(entry.retest.pairs).toBe(expected.retest.pairs)
    expect(entry.retest.medianIntervalDays).toBe(expected.retest.medianIntervalDays)
    if (expected.retest.r === null) expect(entry.retest.r).toBeNull()
    else expect(entry.retest.r).toBeCloseTo(expected.retest.r, 9)
  })
}

describe('running statistics equal a full recomputation', () => {
  for (const [name, instrument, shared] of INSTRUMENTS) {
    it(
      `after random insert sequences on ${name} (6 seeds, checked every 40 responses)`,
      { timeout: 60_000 },
      () => {
        for (let seed = 1; seed <= 6; seed++) {
          const history = randomHistory({ instrument, seed: seed * 7919, size: 240, shared })
          for (let size = 1; size <= history.length; size += size < 10 ? 1 : 40) {
            const stored = history.slice(0, size)
            const now = new Date()
            const statistics = incrementally(instrument, stored)
            expectSameReliability(
              reliabilityFrom({ statistics, instrument, now }),
              computeReliability({ instrument, responses: stored, now }),
            )
            const tallies = liveTallies(statistics)
            for (const { key } of instrument.dimensions) {
              const liveScores = stored
                .filter(
                  (response) => response.sample === 'live' && dimensionTotals(instrument, response.answers),
                )
                .map((response) => scoreAnswers(instrument, response.answers)[key].score)
              if (liveScores.length === 0) continue
              // Every score the scale can produce, and points between them, as a score band's ends are.
              for (let step = 0; step <= 64; step++) {
                const score = 1 + step / 16
                expect(tallyPercentile(score, tallies[key])).toBe(empiricalPercentile(score, liveScores))
              }
            }
          }
        }
      },
    )
  }

  it('do not depend on the order responses arrived in', () => {
    const [, instrument, shared] = INSTRUMENTS[1]
    const history = randomHistory({ instrument, seed: 42, size: 200, shared })
    const reversed = incrementally(instrument, [...history].reverse())
    const forwards = incrementally(instrument, history)
    expectSameReliability(
      reliabilityFrom({ statistics: reversed, instrument, now: new Date(0) }),
      reliabilityFrom({ statistics: forwards, instrument, now: new Date(0) }),
    )
  })
})

describe('figures from sums', () => {
  const random = seededRandom(7)
  const rows = Array.from({ length: 50 }, () => Array.from({ length: 4 }, () => 1 + Math.floor(random() * 5)))

  it('alphaFromSums and pearsonFromSums match the two-pass formulas, NaN included', () => {
    const sums = {
      n: rows.length,
      items: [0, 1, 2, 3].map((item) => ({
        sum: rows.reduce((total, row) => total + row[item], 0),
        squares: rows.reduce((total, row) => total + row[item] ** 2, 0),
      })),
      total: {
        sum: rows.reduce((total, row) => total + row[0] + row[1] + row[2] + row[3], 0),
        squares: rows.reduce((total, row) => total + (row[0] + row[1] + row[2] + row[3]) ** 2, 0),
      },
    }
    expect(alphaFromSums(sums)).toBeCloseTo(cronbachAlpha(rows), 12)
    const pairs = rows.map((row) => [row[0], row[1]] as [number, number])
    const pairSums = {
      n: pairs.length,
      x: { sum: pairs.reduce((t, [x]) => t + x, 0), squares: pairs.reduce((t, [x]) => t + x * x, 0) },
      y: { sum: pairs.reduce((t, [, y]) => t + y, 0), squares: pairs.reduce((t, [, y]) => t + y * y, 0) },
      products: pairs.reduce((t, [x, y]) => t + x * y, 0),
    }
    expect(pearsonFromSums(pairSums)).toBeCloseTo(pearson(pairs), 12)
    const constant = { n: 5, x: { sum: 17.5, squares: 61.25 }, y: { sum: 10, squares: 30 }, products: 35 }
    expect(pearsonFromSums(constant)).toBeNaN()
  })

  it('tallyMedian is the median of the values tallied', () => {
    let tally = emptyTally()
    for (const value of [28, 3, 28, 14, 60, 3]) tally = addToTally(tally, value)
    expect(tally).toEqual({ values: [3, 14, 28, 60], counts: [2, 1, 2, 1] })
    expect(tallyMedian(tally)).toBe(21)
    expect(tallyMedian(addToTally(tally, 1))).toBe(14)
    expect(tallyMedian(emptyTally())).toBeNull()
  })
})

describe('instrumentKey', () => {
  it('changes with scoring, not with wording', () => {
    const [, instrument] = INSTRUMENTS[0]
    const reworded = {
      ...instrument,
      items: instrument.items.map((item) => ({ ...item, text: `${item.text}!` })),
    }
    const rekeyed = {
      ...instrument,
      items: instrument.items.map((item, index) =>
        index === 0 && item.type === 'likert' ? { ...item, reverse: !item.reverse } : item,
      ),
    }
    expect(instrumentKey(reworded)).toBe(instrumentKey(instrument))
    expect(instrumentKey(rekeyed)).not.toBe(instrumentKey(instrument))
  })
})
