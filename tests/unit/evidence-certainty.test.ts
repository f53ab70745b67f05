import { describe, expect, it } from 'vitest'

import {
  type CertaintyInput,
  type CertaintySource,
  type CitedFact,
  type CitedStudy,
  certaintyOf,
} from '../../lib/evidence/certainty'

const subject = { skill: 'BentoML', career: 'backend developers' }

const source = (
  name: string,
  provenance: Partial<CertaintySource['provenance']> = {},
  status = 'verified',
): CertaintySource => ({
  id: name,
  authors: [{ name, given: 'A.' }],
  year: 2023,
  provenance: {
    sourceType: 'peer-reviewed',
    studyDesign: 'randomized-experiment',
    sampleSize: 453,
    ...provenance,
  },
  verification: { status },
})

const direct = (cited: CertaintySource): CitedStudy => ({ relation: 'direct', source: cited })
const context = (cited: CertaintySource): CitedStudy => ({ relation: 'context', source: cited })

const rct = source('Noy')
const vendorSurvey = source('Stack', {
  sourceType: 'vendor-survey',
  studyDesign: 'cross-sectional-survey',
  sampleSize: 65000,
  conflictOfInterest: 'Sells to developers.',
})
const smallPreprint = source('Peng', { sourceType: 'preprint', sampleSize: 95 })
const cohort = source('Cohen', { studyDesign: 'cohort', sampleSize: 5000 })
const hotTechnology: CitedFact = {
  relation: 'direct',
  label: 'the O*NET Hot Technology flag for BentoML',
  domainSource: 'Analyst',
}

type Case = {
  name: string
  input: Omit<CertaintyInput, 'subject'>
  grade: string
  basis: string
  startingPoint: string | null
}

/** Worked cases: each row is a page's citations and the grade GRADE's rules give it. */
const CASES: Case[] = [
  {
    name: 'a peer-reviewed randomized experiment measuring the skill',
    input: { findings: [direct(rct)] },
    grade: 'high',
    basis: 'direct-evidence',
    startingPoint: 'high',
  },
  {
    name: 'the same experiment, cited only as context',
    input: { findings: [context(rct)] },
    grade: 'moderate',
    basis: 'indirect-evidence',
    startingPoint: 'high',
  },
  {
    name: 'a vendor survey with a conflict of interest, cited as context',
    input: { findings: [context(vendorSurvey)] },
    grade: 'very-low',
    basis: 'indirect-evidence',
    startingPoint: 'low',
  },
  {
    name: 'a direct randomized preprint with 95 participants',
    input: { findings: [direct(smallPreprint)] },
    grade: 'low',
    basis: 'direct-evidence',
    startingPoint: 'high',
  },
  {
    name: 'a direct randomized preprint, small, by the vendor of the tool',
    input: {
      findings: [
        direct(
          source('Peng', { sourceType: 'preprint', sampleSize: 95, conflictOfInterest: 'Vendor staff.' }),
        ),
      ],
    },
    grade: 'very-low',
    basis: 'direct-evidence',
    startingPoint: 'high',
  },
  {
    name: 'an O*NET Hot Technology flag for this occupation, nothing else',
    input: { datasetFacts: [hotTechnology] },
    grade: 'low',
    basis: 'dataset',
    startingPoint: 'low',
  },
  {
    name: 'a dataset value estimated by machine learning',
    input: { datasetFacts: [{ ...hotTechnology, domainSource: 'Machine Learning' }] },
    grade: 'very-low',
    basis: 'dataset',
    startingPoint: 'low',
  },
  {
    name: 'nothing cited',
    input: {},
    grade: 'very-low',
    basis: 'editorial-judgement',
    startingPoint: null,
  },
  {
    name: 'a large direct cohort beside a context experiment: context does not lift direct evidence',
    input: { findings: [direct(cohort), context(rct)] },
    grade: 'low',
    basis: 'direct-evidence',
    startingPoint: 'low',
  },
  {
    name: 'a strong direct experiment beside a weak direct survey: the strongest evidence carries it',
    input: { findings: [direct(vendorSurvey), direct(rct)] },
    grade: 'high',
    basis: 'direct-evidence',
    startingPoint: 'high',
  },
  {
    name: 'a retracted direct experiment beside a context survey: the retracted one counts for nothing',
    input: { findings: [direct(source('Gone', {}, 'retracted')), context(vendorSurvey)] },
    grade: 'very-low',
    basis: 'indirect-evidence',
    startingPoint: 'low',
  },
  {
    name: 'a meta-analysis of randomized experiments',
    input: {
      findings: [
        direct(
          source('Meta', {
            studyDesign: 'meta-analysis',
            pooledDesign: 'randomized-experiment',
            sampleSize: 9000,
          }),
        ),
      ],
    },
    grade: 'high',
    basis: 'direct-evidence',
    startingPoint: 'high',
  },
  {
    name: 'a meta-analysis that does not say what it pools',
    input: { findings: [direct(source('Meta', { studyDesign: 'meta-analysis', sampleSize: 9000 }))] },
    grade: 'low',
    basis: 'direct-evidence',
    startingPoint: 'low',
  },
  {
    name: 'a direct retrospective survey of first-party research with no recorded sample',
    input: {
      findings: [
        direct(
          source('Recall', {
            sourceType: 'first-party-institutional',
            studyDesign: 'retrospective-survey',
            sampleSize: null,
          }),
        ),
      ],
    },
    grade: 'very-low',
    basis: 'direct-evidence',
    startingPoint: 'low',
  },
  {
    name: 'a direct dataset fact beside a weaker direct study: the fact decides',
    input: { findings: [direct(vendorSurvey)], datasetFacts: [hotTechnology] },
    grade: 'low',
    basis: 'dataset',
    startingPoint: 'low',
  },
]

describe('certaintyOf', () => {
  it.each(CASES)('$name → $grade ($basis)', ({ input, grade, basis, startingPoint }) => {
    const result = certaintyOf({ subject, ...input })
    expect(result).toMatchObject({ grade, basis, startingPoint, computedGrade: grade, override: null })
  })

  it('says in words that context evidence does not measure this skill or career', () => {
    const result = certaintyOf({
      subject,
      findings: [context(rct), context(vendorSurvey), context(smallPreprint)],
    })
    expect(result.reasons).toEqual([
      'Starts at High: Noy (2023) is a randomized experiment.',
      'Downgraded for indirectness: none of the 3 cited studies measures BentoML or backend developers.',
      'Graded on the strongest evidence cited, Noy (2023); the other evidence grades the same or lower.',
    ])
  })

  it('names the source behind each downgrade', () => {
    const peng = source('Peng', {
      sourceType: 'preprint',
      sampleSize: 95,
      conflictOfInterest: 'Vendor staff.',
    })
    expect(certaintyOf({ subject, findings: [direct(peng)] }).reasons).toEqual([
      'Starts at High: Peng (2023) is a randomized experiment.',
      'Downgraded for risk of bias: Peng (2023) declares a conflict of interest.',
      'Downgraded for imprecision: Peng (2023) has a sample of 95, below 100.',
      'Downgraded for lack of peer review: Peng (2023) is a preprint.',
    ])
  })

  it('counts a sample of exactly 100 as precise enough, and an unrecorded one as not', () => {
    expect(certaintyOf({ subject, findings: [direct(source('Hundred', { sampleSize: 100 }))] }).grade).toBe(
      'high',
    )
    const unknown = certaintyOf({ subject, findings: [direct(source('Unknown', { sampleSize: null }))] })
    expect(unknown.grade).toBe('moderate')
    expect(unknown.reasons).toContain(
      'Downgraded for imprecision: Unknown (2023) does not record its sample size.',
    )
  })

  it('lists every risk of bias of the deciding source in one downgrade', () => {
    const result = certaintyOf({ subject, findings: [direct(vendorSurvey)] })
    expect(result.reasons).toContain(
      'Downgraded for risk of bias: Stack (2023) is a vendor survey and declares a conflict of interest.',
    )
    expect(result.grade).toBe('very-low')
  })

  it('counts a disputed source as at risk of bias', () => {
    const result = certaintyOf({ subject, findings: [direct(source('Doubt', {}, 'disputed'))] })
    expect(result.grade).toBe('moderate')
    expect(result.reasons).toContain('Downgraded for risk of bias: Doubt (2023) is disputed.')
  })

  it('grades a source once however many of its findings the page cites', () => {
    const result = certaintyOf({ subject, findings: [context(rct), context(rct)] })
    expect(result.reasons[1]).toBe(
      'Downgraded for indirectness: Noy (2023) does not measure BentoML or backend developers.',
    )
  })

  it('counts a source cited both directly and as context as direct', () => {
    expect(certaintyOf({ subject, findings: [context(rct), direct(rct)] }).basis).toBe('direct-evidence')
  })

  it('says a page citing nothing rests on editorial judgement', () => {
    expect(certaintyOf({ subject }).reasons).toEqual([
      'Nothing cited measures this question, so the answer is editorial judgement and its certainty is Very low.',
    ])
  })

  it('says why a retracted source is left out', () => {
    const result = certaintyOf({ subject, findings: [direct(source('Gone', {}, 'retracted'))] })
    expect(result.basis).toBe('editorial-judgement')
    expect(result.reasons).toContain('Left out: Gone (2023) is retracted, so it counts for nothing.')
  })

  it('explains context set aside when direct evidence is cited', () => {
    expect(certaintyOf({ subject, findings: [direct(cohort), context(rct)] }).reasons).toContain(
      'Context evidence does not count towards the grade, because direct evidence is cited.',
    )
  })

  it('takes a reviewer override, keeping the computed reasons and showing the override’s', () => {
    const result = certaintyOf({
      subject,
      findings: [direct(smallPreprint)],
      override: { grade: 'moderate', reason: 'A second, larger replication is in press and agrees.' },
    })
    expect(result.grade).toBe('moderate')
    expect(result.computedGrade).toBe('low')
    expect(result.reasons.at(0)).toBe('Starts at High: Peng (2023) is a randomized experiment.')
    expect(result.reasons.at(-1)).toBe(
      'Set to Moderate by a reviewer (computed: Low): A second, larger replication is in press and agrees.',
    )
  })

  it('ignores an override that gives no reason', () => {
    const result = certaintyOf({
      subject,
      findings: [direct(smallPreprint)],
      override: { grade: 'high', reason: '  ' },
    })
    expect(result.grade).toBe('low')
    expect(result.override).toBeNull()
  })

  it('never goes below Very low', () => {
    const worst = source('Worst', {
      sourceType: 'vendor-survey',
      studyDesign: 'retrospective-survey',
      sampleSize: 12,
      conflictOfInterest: 'Sells it.',
    })
    expect(certaintyOf({ subject, findings: [context(worst)] }).grade).toBe('very-low')
  })
})
