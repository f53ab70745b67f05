import { describe, expect, it } from 'vitest'

import {
  byRank,
  CAREER_STAGES,
  CERTAINTY_GRADES,
  CITING_FIELDS,
  entriesAtPath,
  IMPORTANCE,
  importanceMismatch,
  isUnreliableStatus,
  legendOf,
  proseTexts,
  RATING_BASES,
  RATING_KEYS,
  RATINGS,
  readerLabel,
  selectOptions,
  SOURCE_TYPES,
  valuesAtPath,
  whereCiting,
  zodEnum,
} from '../../lib/evidence/model'
import { certaintyLabel, RATING_TEXT, stageLabel } from '../../lib/site/labels'

describe('selectOptions', () => {
  it('gives Payload a fresh copy each time, so two fields never share one annotated object', () => {
    const first = selectOptions(SOURCE_TYPES)
    const second = selectOptions(SOURCE_TYPES)
    expect(first).toEqual(second)
    expect(first).not.toBe(second)
    expect(first[0]).not.toBe(second[0])
    expect(first[0]).toEqual({ label: 'Peer-reviewed', value: 'peer-reviewed' })
  })
  it('shows editors the editor’s word, not the reader’s', () => {
    expect(selectOptions(RATINGS.salaryUplift.terms).map((option) => option.label)).toEqual([
      'Low',
      'Moderate',
      'High',
    ])
  })
})

describe('zodEnum', () => {
  it('accepts a stored value and refuses another, listing what is allowed', () => {
    const schema = zodEnum(CAREER_STAGES, 'The stage')
    expect(schema.parse('mid')).toBe('mid')
    const result = schema.safeParse('junior')
    expect(result.success).toBe(false)
    expect(result.error?.issues[0]?.message).toBe(
      'The stage "junior" is not allowed; the allowed values are entry (Entry), mid (Mid-level), senior (Senior), staff-principal (Staff / principal).',
    )
  })
  it('says a missing value is missing', () => {
    expect(zodEnum(CERTAINTY_GRADES, 'The certainty').safeParse(undefined).error?.issues[0]?.message).toMatch(
      /^The certainty is missing; the allowed values are high \(High\)/,
    )
  })
})

describe('readerLabel', () => {
  it('uses the reader’s word where it differs, the editor’s word otherwise', () => {
    expect(readerLabel(RATINGS.salaryUplift.terms, 'low')).toBe('Low band')
    expect(readerLabel(RATINGS.funnelRole.terms, 'force-multiplier')).toBe('Force multiplier')
  })
  it('falls back to the stored value, so nothing renders empty', () => {
    expect(readerLabel(CAREER_STAGES, 'apprentice')).toBe('apprentice')
  })
  it('names the certainty grades as readers expect', () => {
    expect(CERTAINTY_GRADES.map((grade) => readerLabel(CERTAINTY_GRADES, grade.value))).toEqual([
      'High',
      'Moderate',
      'Low',
      'Very low',
    ])
  })
})

describe('the words pages print, now derived from the model', () => {
  it('keep the reader labels the site showed before', () => {
    expect(RATING_TEXT.salaryUplift.values('high')).toBe('High band')
    expect(RATING_TEXT.learningRamp.values('gentle')).toBe('Gentle')
    expect(RATING_TEXT.applicability.values('role-specific')).toBe('Role-specific')
    expect(stageLabel('entry')).toBe('Entry level')
    expect(stageLabel('staff-principal')).toBe('Staff and principal')
    expect(certaintyLabel('very-low')).toBe('Very low certainty')
    expect(certaintyLabel('unknown-grade')).toBe('unknown-grade')
  })
})

describe('ratings', () => {
  it('come in the order a page shows them', () => {
    expect(RATING_KEYS).toEqual(['funnelRole', 'salaryUplift', 'learningRamp', 'applicability'])
  })
  it.each(RATING_KEYS)('%s states its scale and gives every value a rank and a legend', (key) => {
    const rating = RATINGS[key]
    expect(rating.scale).toMatch(/\w{4,}/)
    const ranks = byRank(rating.terms).map((term) => term.rank)
    expect(ranks).toEqual(ranks.map((_, index) => index + 1))
    expect(legendOf(rating.terms)).toHaveLength(rating.terms.length)
  })
  it('rank a gatekeeper above a force multiplier: a gap costs more', () => {
    expect(byRank(RATINGS.funnelRole.terms).map((term) => term.value)).toEqual([
      'force-multiplier',
      'gatekeeper',
    ])
  })
  it('explain what "Low band" and "Force multiplier" mean in the legend', () => {
    expect(legendOf(RATINGS.salaryUplift.terms)[0]).toEqual({
      term: 'Low band',
      meaning: 'Holding the skill moves pay little or not at all; pay follows level and scope instead.',
    })
    expect(legendOf(RATINGS.funnelRole.terms)[1]?.term).toBe('Force multiplier')
  })
  it('rest on a finding, a dataset fact or an editorial judgement', () => {
    expect(RATING_BASES.map((basis) => basis.value)).toEqual(['finding', 'dataset', 'editorial-judgement'])
  })
  it('are ordered stages from entry to staff', () => {
    expect(byRank(CAREER_STAGES).map((stage) => stage.value)).toEqual([
      'entry',
      'mid',
      'senior',
      'staff-principal',
    ])
  })
})

describe('importance', () => {
  it('is a four-step scale with a legend, highest first', () => {
    expect(legendOf(IMPORTANCE).map((entry) => entry.term)).toEqual([
      'Essential',
      'Important',
      'Useful',
      'Marginal',
    ])
  })
  it('calls only a gatekeeper skill essential', () => {
    expect(importanceMismatch({ importance: 'essential', funnelRole: 'force-multiplier' })).toMatch(
      /Only a gatekeeper skill is essential/,
    )
    expect(importanceMismatch({ importance: 'useful', funnelRole: 'gatekeeper' })).toMatch(
      /A gatekeeper skill is essential/,
    )
    expect(importanceMismatch({ importance: 'essential', funnelRole: 'gatekeeper' })).toBeNull()
    expect(importanceMismatch({ importance: 'marginal', funnelRole: 'force-multiplier' })).toBeNull()
  })
})

describe('isUnreliableStatus', () => {
  it('treats retracted and disputed sources as unreliable, and nothing else', () => {
    expect(['retracted', 'disputed', 'verified', 'unverified', undefined].map(isUnreliableStatus)).toEqual([
      true,
      true,
      false,
      false,
      false,
    ])
  })
})

describe('whereCiting', () => {
  it('asks for evidence pages citing a finding anywhere: cards, numbered findings, context, rating bases', () => {
    expect(whereCiting(['f1', 'f2'])).toEqual({
      or: [
        { headlineFindings: { in: ['f1', 'f2'] } },
        { findings: { in: ['f1', 'f2'] } },
        { contextFindings: { in: ['f1', 'f2'] } },
        { 'funnelRole.finding': { in: ['f1', 'f2'] } },
        { 'salaryUplift.finding': { in: ['f1', 'f2'] } },
        { 'learningRamp.finding': { in: ['f1', 'f2'] } },
        { 'applicability.finding': { in: ['f1', 'f2'] } },
      ],
    })
  })
  it('knows where FAQs and assessments cite', () => {
    expect(whereCiting([7], 'faqs')).toEqual({ or: [{ citedFindings: { in: [7] } }] })
    expect(CITING_FIELDS.assessments).toEqual(['recommendationRules.finding'])
  })
})

describe('valuesAtPath', () => {
  const page = {
    headlineFindings: ['a', { id: 'b' }],
    funnelRole: { finding: 'c' },
    salaryUplift: { finding: null },
    screening: [{ howScreened: 'one' }, { howScreened: 'two' }],
  }
  it('walks hasMany values, groups and array rows', () => {
    expect(valuesAtPath(page, 'headlineFindings')).toEqual(['a', { id: 'b' }])
    expect(valuesAtPath(page, 'funnelRole.finding')).toEqual(['c'])
    expect(valuesAtPath(page, 'salaryUplift.finding')).toEqual([])
    expect(valuesAtPath(page, 'learningRamp.finding')).toEqual([])
  })
  it('names each value by its concrete path', () => {
    expect(entriesAtPath(page, 'screening.howScreened')).toEqual([
      { path: 'screening.0.howScreened', value: 'one' },
      { path: 'screening.1.howScreened', value: 'two' },
    ])
  })
})

describe('proseTexts', () => {
  it('lists every prose field of an evidence page with its path and label', () => {
    const texts = proseTexts('career-skills', {
      summary: 'S',
      funnelRole: { rationale: 'R' },
      screening: [{ stage: 'entry', howScreened: 'H' }],
      scopeNote: 'N',
      limitations: 'L',
      adjacentQuestions: [{ question: 'Q?' }],
    })
    expect(texts.map(({ path, label }) => `${path}: ${label}`)).toEqual([
      'summary: The summary',
      'funnelRole.rationale: The funnel role rationale',
      'screening.0.howScreened: A screening note',
      'scopeNote: The scope note',
      'limitations: What the evidence does not prove',
      'adjacentQuestions.0.question: An adjacent question',
    ])
  })
  it('leaves a finding’s statement out: it is the citation the rest is checked against', () => {
    expect(proseTexts('findings', { statement: 'S', limitations: 'L' }).map((text) => text.path)).toEqual([
      'limitations',
    ])
  })
})
