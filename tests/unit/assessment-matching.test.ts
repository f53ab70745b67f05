import { describe, expect, it } from 'vitest'

import type { RiasecScores } from '../../lib/assessment/interests/riasec'
import {
  explainMatch,
  isMachineLearningEstimate,
  possessive,
} from '../../lib/assessment/matching/explainMatch'
import { matchOccupations } from '../../lib/assessment/matching/matchOccupations'
import { occupationProfileFromCareer } from '../../lib/assessment/matching/occupationProfile'
import { profileCorrelation } from '../../lib/assessment/matching/profileCorrelation'
import {
  JOB_ZONES,
  type JobZone,
  matchByZone,
  matchesInZones,
} from '../../lib/assessment/matching/zonedMatches'
import { ONET_PROFILES, onetProfile } from '../fixtures/onetInterestProfiles'

/** A reader on the instrument's 1–5 scale whose top three read I-R-C. */
const IRC_READER: RiasecScores = { R: 3.8, I: 4.6, A: 2.0, S: 1.8, E: 2.2, C: 3.6 }
/** An investigative, conventional reader (I-C-R). */
const IC_READER: RiasecScores = { R: 2.4, I: 4.8, A: 1.6, S: 2.0, E: 1.8, C: 4.4 }

/**
 * Expected r computed outside the code under test, with awk over the six OI rows of Interests.txt.
 * Worked for Software Developers and IRC_READER: reader mean 3.0, deviations (0.8, 1.6, −1, −1.2,
 * −0.8, 0.6), Σd² = 6.64; O*NET (3.93, 5.86, 2.26, 1.88, 1.87, 5.46), mean 3.54333, Σd² = 16.40373;
 * Σ products = 9.784; r = 9.784 / √(6.64 × 16.40373) = 0.93748.
 */
const EXPECTED_IRC: Record<string, number> = {
  '15-1252.00': 0.937478,
  '15-2051.00': 0.792408,
  '15-1254.00': 0.776392,
  '15-1244.00': 0.692607,
  '47-2111.00': 0.632524,
  '13-2011.00': 0.318562,
  '11-1011.00': -0.221883,
  '11-2021.00': -0.263437,
  '27-1024.00': -0.345198,
  '25-2021.00': -0.513668,
}

const EXPECTED_IC: Record<string, number> = {
  '15-2051.00': 0.95463,
  '15-1252.00': 0.953818,
  '15-1254.00': 0.941077,
  '15-1244.00': 0.734783,
  '13-2011.00': 0.666076,
  '47-2111.00': 0.274676,
  '11-1011.00': 0.073109,
  '11-2021.00': 0.001936,
  '25-2021.00': -0.202583,
  '27-1024.00': -0.360263,
}

const ranked = (result: ReturnType<typeof matchOccupations>) => {
  if (result.status !== 'ranked') throw new Error('expected a ranking')
  return result
}

describe('profileCorrelation', () => {
  it('matches hand-computed r for real O*NET 29.2 profiles', () => {
    for (const [code, r] of Object.entries(EXPECTED_IRC))
      expect(profileCorrelation(IRC_READER, onetProfile(code).scores)).toBeCloseTo(r, 5)
    for (const [code, r] of Object.entries(EXPECTED_IC))
      expect(profileCorrelation(IC_READER, onetProfile(code).scores)).toBeCloseTo(r, 5)
  })

  it('is the same on the reader’s 1–5 scale as on O*NET’s 1–7', () => {
    const stretched = Object.fromEntries(
      Object.entries(IRC_READER).map(([key, value]) => [key, 1 + (value - 1) * 1.5]),
    ) as RiasecScores
    const developers = onetProfile('15-1252.00').scores
    expect(profileCorrelation(stretched, developers)).toBeCloseTo(
      profileCorrelation(IRC_READER, developers)!,
      12,
    )
  })

  it('is undefined, not zero or NaN, for a flat profile', () => {
    expect(
      profileCorrelation({ R: 3, I: 3, A: 3, S: 3, E: 3, C: 3 }, onetProfile('15-1252.00').scores),
    ).toBeNull()
  })
})

describe('matchOccupations', () => {
  it('ranks every occupation by r, best first, with the reader’s top three', () => {
    const result = ranked(matchOccupations({ reader: IRC_READER, occupations: ONET_PROFILES }))
    const expectedOrder = Object.entries(EXPECTED_IRC)
      .sort(([, a], [, b]) => b - a)
      .map(([code]) => code)
    expect(result.matches.map((match) => match.occupation.code)).toEqual(expectedOrder)
    expect(result.reader.letters).toEqual(['I', 'R', 'C'])
    expect(result.compared).toBe(10)
  })

  it('puts Data Scientists and Software Developers first for an investigative, conventional reader', () => {
    const result = ranked(matchOccupations({ reader: IC_READER, occupations: ONET_PROFILES, limit: 3 }))
    expect(
      result.matches.map((match) => [match.occupation.title, Number(match.correlation.toFixed(4))]),
    ).toEqual([
      ['Data Scientists', 0.9546],
      ['Software Developers', 0.9538],
      ['Web Developers', 0.9411],
    ])
    expect(result.matches[0].sharedTopInterests).toEqual(['I', 'C'])
    expect(result.matches[1].sharedTopInterests).toEqual(['I', 'C', 'R'])
    expect(result.matches[1]).toMatchObject({ readerOrder: 'I-C-R', occupationOrder: 'I-C-R' })
  })

  it('keeps only the job zones the reader will prepare for, leaving unrated occupations out', () => {
    const unrated = { ...onetProfile('15-1252.00'), code: '99-9999.00', jobZone: null }
    const result = ranked(
      matchOccupations({ reader: IRC_READER, occupations: [...ONET_PROFILES, unrated], jobZones: [3] }),
    )
    expect(result.matches.map((match) => match.occupation.title)).toEqual(['Web Developers', 'Electricians'])
    expect(result.excluded.outsideJobZones).toBe(9)
    const senior = ranked(matchOccupations({ reader: IRC_READER, occupations: ONET_PROFILES, jobZones: [5] }))
    expect(senior.matches.map((match) => match.occupation.title)).toEqual(['Chief Executives'])
  })

  it('lists each occupation once, however many careers are filed under it', () => {
    const developers = onetProfile('15-1252.00')
    const occupations = [
      { ...developers, title: 'Software Developers' },
      { ...developers, title: 'Backend developer', slug: 'backend-developer' },
      { ...developers, title: 'Site reliability engineer', slug: 'site-reliability-engineer' },
      onetProfile('15-2051.00'),
    ]
    const result = ranked(matchOccupations({ reader: IRC_READER, occupations }))
    expect(result.matches.map((match) => match.occupation.code)).toEqual(['15-1252.00', '15-2051.00'])
    expect(result.matches[0].occupation.slug).toBe('backend-developer')
    expect(result.matches[0].sameOccupation.map((other) => other.title)).toEqual([
      'Software Developers',
      'Site reliability engineer',
    ])
  })

  it('orders equal correlations by shared top interests, then by code, whatever the input order', () => {
    const developers = onetProfile('15-1252.00')
    const twinA = { ...developers, code: '15-0000.02', highPoint: 'I' }
    const twinB = { ...developers, code: '15-0000.01', highPoint: 'I' }
    const forwards = ranked(matchOccupations({ reader: IRC_READER, occupations: [twinA, twinB, developers] }))
    const backwards = ranked(
      matchOccupations({ reader: IRC_READER, occupations: [developers, twinB, twinA] }),
    )
    const codes = ['15-1252.00', '15-0000.01', '15-0000.02']
    expect(forwards.matches.map((match) => match.occupation.code)).toEqual(codes)
    expect(backwards.matches.map((match) => match.occupation.code)).toEqual(codes)
  })

  it('says a flat reader profile cannot be matched instead of ranking anything', () => {
    expect(
      matchOccupations({ reader: { R: 2, I: 2, A: 2, S: 2, E: 2, C: 2 }, occupations: ONET_PROFILES }),
    ).toEqual({
      status: 'flat-profile',
    })
  })

  it('leaves out an occupation whose own profile is flat, and counts it', () => {
    const flat = {
      ...onetProfile('15-1252.00'),
      code: '00-0000.00',
      scores: { R: 4, I: 4, A: 4, S: 4, E: 4, C: 4 },
    }
    const result = ranked(
      matchOccupations({ reader: IRC_READER, occupations: [flat, onetProfile('15-2051.00')] }),
    )
    expect(result.matches).toHaveLength(1)
    expect(result.excluded.flatProfile).toBe(1)
  })
})

describe('explainMatch', () => {
  it('sets the reader’s order against the occupation’s high-point code', () => {
    const result = ranked(matchOccupations({ reader: IRC_READER, occupations: ONET_PROFILES }))
    expect(explainMatch(result.matches[0])).toBe(
      'Your order I-R-C; Software Developers’ profile I-C-R. Both rank Investigative, Realistic and Conventional among their top interests. The two profiles correlate at r = 0.94.',
    )
    const executives = result.matches.find((match) => match.occupation.code === '11-1011.00')!
    expect(explainMatch(executives)).toBe(
      'Your order I-R-C; Chief Executives’ profile E-C. Both rank Conventional among their top interests. The two profiles correlate at r = −0.22.',
    )
  })

  it('shows a tie in the reader’s order and says when nothing is shared', () => {
    const tied = ranked(
      matchOccupations({
        reader: { R: 4, I: 5, A: 1, S: 1, E: 1, C: 4 },
        occupations: [onetProfile('27-1024.00')],
      }),
    )
    expect(explainMatch(tied.matches[0])).toMatch(
      /^Your order I-R=C; Graphic Designers’ profile A\. None of your top interests is among its high points\./,
    )
  })

  it('flags every 29.2 profile as a machine-learning estimate', () => {
    const result = ranked(matchOccupations({ reader: IRC_READER, occupations: ONET_PROFILES }))
    expect(result.matches.every(isMachineLearningEstimate)).toBe(true)
  })

  it('forms possessives of occupation titles', () => {
    expect(possessive('Software Developers')).toBe('Software Developers’')
    expect(possessive('Chief Executive')).toBe('Chief Executive’s')
  })
})

describe('occupationProfileFromCareer', () => {
  it('reads the imported O*NET facts of a career, and nothing from a career without them', () => {
    const profile = occupationProfileFromCareer({
      slug: 'backend-developer',
      title: 'Backend developer',
      onet: {
        code: '15-1252.00',
        jobZone: { zone: 4 },
        interests: {
          realistic: 3.93,
          investigative: 5.86,
          artistic: 2.26,
          social: 1.88,
          enterprising: 1.87,
          conventional: 5.46,
          highPoint: 'ICR',
          date: '11/2023',
          domainSource: 'Machine Learning',
        },
      },
    })
    expect(profile).toEqual({
      ...onetProfile('15-1252.00'),
      title: 'Backend developer',
      slug: 'backend-developer',
    })
    expect(occupationProfileFromCareer({ title: 'Curated only', onet: null })).toBeNull()
  })
})

describe('matchByZone and matchesInZones', () => {
  const stored = (reader: RiasecScores) => {
    const result = matchByZone({ reader, occupations: ONET_PROFILES })
    if (result.status !== 'ranked') throw new Error('expected a ranking')
    return result
  }
  const zoneSets: JobZone[][] = Array.from({ length: 32 }, (_, bits) =>
    JOB_ZONES.filter((_zone, index) => bits & (1 << index)),
  )

  it('gives, for every set of job zones, exactly the matches a direct ranking within them gives', () => {
    for (const reader of [IRC_READER, IC_READER]) {
      const matching = stored(reader)
      for (const zones of zoneSets) {
        for (const limit of [1, 3, 10]) {
          const direct = ranked(
            matchOccupations({ reader, occupations: ONET_PROFILES, jobZones: zones, limit }),
          )
          const fromStored = matchesInZones({ matching, zones, limit })
          expect(fromStored.matches.map((match) => match.occupation.code)).toEqual(
            direct.matches.map((match) => match.occupation.code),
          )
          expect(fromStored.compared).toBe(zones.length === 0 ? ONET_PROFILES.length : direct.compared)
        }
      }
    }
  })

  it('keeps no more than the best ten of each zone, each explained as the direct ranking explains it', () => {
    const matching = stored(IC_READER)
    expect(matching.readerOrder).toBe('I-C-R')
    const [first] = matching.matches
    expect(explainMatch({ ...first, readerOrder: matching.readerOrder })).toBe(
      explainMatch(ranked(matchOccupations({ reader: IC_READER, occupations: ONET_PROFILES })).matches[0]),
    )
    const perZone = new Map<number | null, number>()
    for (const match of matching.matches)
      perZone.set(match.occupation.jobZone, (perZone.get(match.occupation.jobZone) ?? 0) + 1)
    expect(Math.max(...perZone.values())).toBeLessThanOrEqual(10)
  })

  it('says when there is nothing to match against, or no shape to match', () => {
    expect(matchByZone({ reader: IC_READER, occupations: [] })).toEqual({ status: 'no-profiles' })
    expect(
      matchByZone({ reader: { R: 2, I: 2, A: 2, S: 2, E: 2, C: 2 }, occupations: ONET_PROFILES }),
    ).toEqual({
      status: 'flat-profile',
    })
  })
})
