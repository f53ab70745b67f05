import { describe, expect, it } from 'vitest'

import { cronbachAlpha, feldtInterval } from '../../lib/assessment/statistics/cronbachAlpha'
import { mean, sampleVariance } from '../../lib/assessment/statistics/descriptive'
import { fQuantile } from '../../lib/assessment/statistics/fDistribution'
import { scoreBand, standardErrorOfMeasurement } from '../../lib/assessment/statistics/measurementError'
import { normalCdf } from '../../lib/assessment/statistics/normal'
import { pearson } from '../../lib/assessment/statistics/pearson'
import { empiricalPercentile, normalPercentile } from '../../lib/assessment/statistics/percentile'

/**
 * Shrout & Fleiss (1979), "Intraclass correlations: uses in assessing rater reliability",
 * Psychological Bulletin 86(2), 420–428, Table 2: six targets rated by four judges. Their Table 3
 * gives BMS = 11.24 and EMS = 1.02, and ICC(3,k) = .91, which is identical to coefficient alpha
 * with judges as items (as the R psych package's ICC documentation also states).
 */
const SHROUT_FLEISS = [
  [9, 2, 5, 8],
  [6, 1, 3, 2],
  [8, 4, 6, 8],
  [7, 1, 2, 6],
  [10, 5, 6, 9],
  [6, 2, 4, 7],
]

/** Anscombe (1973), "Graphs in Statistical Analysis", The American Statistician 27(1), data set I. */
const ANSCOMBE_X = [10, 8, 13, 9, 11, 14, 6, 4, 12, 7, 5]
const ANSCOMBE_Y1 = [8.04, 6.95, 7.58, 8.81, 8.33, 9.96, 7.24, 4.26, 10.84, 4.82, 5.68]

describe('cronbachAlpha', () => {
  it('reproduces ICC(3,k) = .91 for Shrout & Fleiss (1979) Table 2', () => {
    const alpha = cronbachAlpha(SHROUT_FLEISS)
    expect(alpha).toBeCloseTo(0.91, 2)
    // 1 − EMS/BMS with the published mean squares (11.24, 1.02).
    expect(alpha).toBeCloseTo(1 - 1.02 / 11.24, 2)
  })

  it('is undefined, not zero, without variance or with a single item', () => {
    expect(
      cronbachAlpha([
        [3, 3],
        [3, 3],
        [3, 3],
      ]),
    ).toBeNaN()
    expect(cronbachAlpha([[1], [2], [3]])).toBeNaN()
  })
})

describe('feldtInterval', () => {
  it('matches the F-based 95% interval for ICC(3,k) on the Shrout & Fleiss data (about .68 to .99)', () => {
    const { lower, upper } = feldtInterval({ alpha: cronbachAlpha(SHROUT_FLEISS), respondents: 6, items: 4 })
    expect(lower).toBeCloseTo(0.676, 2)
    expect(upper).toBeCloseTo(0.986, 2)
  })

  it('narrows as the sample grows', () => {
    const small = feldtInterval({ alpha: 0.8, respondents: 30, items: 5 })
    const large = feldtInterval({ alpha: 0.8, respondents: 300, items: 5 })
    expect(large.upper - large.lower).toBeLessThan(small.upper - small.lower)
  })
})

describe('fQuantile', () => {
  it('matches the NIST/SEMATECH e-Handbook F tables (section 1.3.6.7.3)', () => {
    expect(fQuantile(0.95, 5, 10)).toBeCloseTo(3.326, 3)
    expect(fQuantile(0.95, 5, 15)).toBeCloseTo(2.901, 3)
    expect(fQuantile(0.99, 10, 20)).toBeCloseTo(3.368, 3)
  })
})

describe('pearson', () => {
  it('gives r = 0.816 for Anscombe’s data set I', () => {
    expect(pearson(ANSCOMBE_X.map((x, i) => [x, ANSCOMBE_Y1[i]] as [number, number]))).toBeCloseTo(0.8164, 4)
  })

  it('has no value when one side is constant', () => {
    expect(
      pearson([
        [1, 2],
        [2, 2],
        [3, 2],
      ]),
    ).toBeNaN()
  })
})

describe('descriptive statistics', () => {
  it('give Anscombe’s published mean 9 and variance 11 for x', () => {
    expect(mean(ANSCOMBE_X)).toBe(9)
    expect(sampleVariance(ANSCOMBE_X)).toBe(11)
  })
})

describe('normalCdf', () => {
  it('matches the standard normal table (Abramowitz & Stegun, table 26.1)', () => {
    expect(normalCdf(0)).toBeCloseTo(0.5, 7)
    expect(normalCdf(1)).toBeCloseTo(0.841345, 6)
    expect(normalCdf(1.96)).toBeCloseTo(0.975002, 6)
    expect(normalCdf(-1.645)).toBeCloseTo(0.049985, 5)
  })
})

describe('standardErrorOfMeasurement', () => {
  it('is SD·√(1−α): an IQ-style SD of 15 with α = .91 gives 4.5', () => {
    expect(standardErrorOfMeasurement(15, 0.91)).toBeCloseTo(4.5, 10)
  })

  it('clips the band to the scale', () => {
    expect(scoreBand({ score: 4.9, sem: 0.3, min: 1, max: 5 })).toEqual({ low: 4.9 - 1.645 * 0.3, high: 5 })
  })
})

describe('percentiles', () => {
  it('place the norm mean at the 50th and one SD above at the 84th under the normal model', () => {
    expect(normalPercentile({ score: 3, mean: 3, sd: 0.5 })).toBe(50)
    expect(normalPercentile({ score: 3.5, mean: 3, sd: 0.5 })).toBe(84)
  })

  it('use mid-ranks empirically and stay within 1–99', () => {
    const sample = Array.from({ length: 200 }, (_, i) => i)
    expect(empiricalPercentile(100, sample)).toBe(50)
    expect(empiricalPercentile(-5, sample)).toBe(1)
    expect(empiricalPercentile(1000, sample)).toBe(99)
  })
})
