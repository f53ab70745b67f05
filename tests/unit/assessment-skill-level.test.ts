import { describe, expect, it } from 'vitest'

import type { Instrument } from '../../lib/assessment/instrument'
import { recommend } from '../../lib/assessment/recommend/recommend'
import type { ResolvedRule } from '../../lib/assessment/recommend/types'
import { computeNorms } from '../../lib/assessment/scoring/computeNorms'
import { placeScores } from '../../lib/assessment/scoring/placeScores'
import { scaleParts } from '../../lib/assessment/scoring/scaleParts'
import { scoreAnswers } from '../../lib/assessment/scoring/scoreAnswers'
import { assessSkillLevel } from '../../lib/assessment/skillLevel/assessSkillLevel'
import { levelOfAnswer, levelReachedByHalf } from '../../lib/assessment/skillLevel/levels'
import type { Answers } from '../../lib/assessment/submit/answersSchema'
import { modelServing } from '../../seed/assessments/modelServing'
import { syntheticSample } from '../../seed/assessments/syntheticSample'
import { instrumentFromSeed } from '../../seed/assessments/toInstrumentSeed'

const seeded = instrumentFromSeed(modelServing)
const serving: Instrument = {
  ...seeded,
  norms: {
    synthetic: true,
    sampleDescription: 'test',
    dimensions: computeNorms(
      seeded,
      syntheticSample({ instrument: seeded, ...modelServing.synthetic }).map((entry) => entry.answers),
    ),
  },
}
const rules: ResolvedRule[] = modelServing.rules.map((rule) => ({
  career: rule.career ? { slug: rule.career, title: rule.career } : null,
  skill: rule.skill ? { slug: rule.skill, name: rule.skill } : null,
  dimension: rule.dimension,
  reason: rule.reason,
  findingId: rule.finding,
}))
const PACKAGE_ONE = /Package one model of your own/

/** Every Likert item at `likert`, every rubric item at the level given for it (else `rubric`). */
const answersWith = ({ likert, rubric, levels = {} }: { likert: number; rubric: number; levels?: Answers }) =>
  Object.fromEntries(
    serving.items.map((item) => [item.key, levels[item.key] ?? (item.type === 'likert' ? likert : rubric)]),
  ) as Answers

const resultFor = (answers: Answers) => {
  const placed = placeScores({
    instrument: serving,
    scores: scoreAnswers(serving, answers),
    reliability: null,
  })
  return { placed, recommendations: recommend({ instrument: serving, placed, rules, answers }) }
}

describe('levelOfAnswer and levelReachedByHalf', () => {
  const packaged = serving.items.find((item) => item.key === 'p3')!
  if (packaged.type !== 'rubric') throw new Error('p3 is a rubric item')

  it('reads the top anchor as expert, the one below as practitioner, the rest as beginner', () => {
    expect([1, 2, 3, 4].map((value) => levelOfAnswer(packaged, value))).toEqual([
      'beginner',
      'beginner',
      'practitioner',
      'expert',
    ])
  })

  it('takes the highest level at least half the answers reach', () => {
    expect(levelReachedByHalf(['practitioner', 'beginner'])).toBe('practitioner')
    expect(levelReachedByHalf(['expert', 'beginner', 'beginner'])).toBe('beginner')
    expect(levelReachedByHalf(['expert', 'practitioner', 'beginner'])).toBe('practitioner')
    expect(levelReachedByHalf([])).toBeNull()
  })
})

describe('assessSkillLevel', () => {
  it('sets each dimension’s level from its rubric anchors, with the next anchor up and the reader’s note', () => {
    const answers = answersWith({
      likert: 5,
      rubric: 2,
      levels: {
        p3: { level: 3, evidence: '  A fraud model behind a typed API, image run by the data team.  ' },
        p4: 2,
      },
    })
    const result = assessSkillLevel(serving, answers)
    const packaging = result.dimensions.find((dimension) => dimension.dimension === 'packaging')!
    expect(packaging.level).toBe('practitioner')
    const [p3, p4] = packaging.rubric
    expect(p3).toMatchObject({
      item: 'p3',
      position: 3,
      of: 4,
      level: 'practitioner',
      evidence: 'A fraud model behind a typed API, image run by the data team.',
    })
    expect(p3.next?.description).toMatch(/^I packaged several models/)
    expect(p4).toMatchObject({ position: 2, level: 'beginner', evidence: null })
    expect(result.dimensions.find((dimension) => dimension.dimension === 'operations')!.level).toBe(
      'beginner',
    )
    expect(result.overall).toBe('beginner')
  })

  it('does not let confident self-ratings raise a level', () => {
    const result = assessSkillLevel(serving, answersWith({ likert: 5, rubric: 1 }))
    expect(result.dimensions.every((dimension) => dimension.level === 'beginner')).toBe(true)
  })

  it('gives no next step on a question answered at the top anchor', () => {
    const result = assessSkillLevel(serving, answersWith({ likert: 3, rubric: 4 }))
    expect(result.overall).toBe('expert')
    expect(
      result.dimensions.flatMap((dimension) => dimension.rubric).every((answer) => answer.next === null),
    ).toBe(true)
  })
})

describe('scaleParts', () => {
  it('reports Likert and rubric items each on their own scale, never pooled', () => {
    const parts = scaleParts(serving, answersWith({ likert: 4, rubric: 3 }))
    expect(parts.packaging).toEqual({
      likert: { mean: 4, min: 1, max: 5, items: 2 },
      rubric: { mean: 3, min: 1, max: 4, items: 2 },
    })
  })
})

describe('skill-level recommendations', () => {
  it('do not tell a reader who packages models today to package one of their own', () => {
    const answers = answersWith({ likert: 4, rubric: 2, levels: { p1: 5, p2: 5, p3: 3, p4: 3 } })
    const { placed, recommendations } = resultFor(answers)
    expect(placed.packaging.percentile).toBeGreaterThanOrEqual(75)
    expect(recommendations.map((item) => item.reason).join(' ')).not.toMatch(PACKAGE_ONE)
  })

  it('tell a beginner in packaging to package one model, saying which answer placed them there', () => {
    const answers = answersWith({ likert: 4, rubric: 3, levels: { p1: 2, p2: 2, p3: 1, p4: 2 } })
    const [first, ...rest] = resultFor(answers).recommendations
    expect(first.reason).toMatch(PACKAGE_ONE)
    expect(first.basis).toMatch(
      /^Your Packaging level is beginner \(your score is at the \d+(st|nd|rd|th) percentile\): on “Which best describes the most advanced model service you have packaged\?” you chose level 1 of 4\.$/,
    )
    expect(rest).toEqual([])
  })

  it('cite each finding only beside advice it supports', () => {
    /** What each cited finding measured, which the advice beside it must be about. */
    const supports: Record<string, RegExp> = {
      'schmidt-hunter-work-samples': /work sample/,
      'sackett-structured-interview-top': /structured interview/,
    }
    const beginner = resultFor(answersWith({ likert: 1, rubric: 1 })).recommendations
    expect(beginner).toHaveLength(3)
    for (const item of beginner) expect(item.reason).toMatch(supports[item.findingId])
  })
})
