import { describe, expect, it } from 'vitest'

import { checkReadiness, numbersIn, placeholderProblem } from '../../lib/readiness'

const source = {
  title: 'Experimental evidence',
  authors: [{ name: 'Noy' }, { name: 'Zhang' }],
  venue: 'Science',
  year: 2023,
  url: 'https://example.org/paper',
}
const finding = { headline: '−40% time, +18% quality', statement: 'Time fell by 40%.', source }

describe('placeholderProblem', () => {
  it.each([
    ['Unknown for Backend Developer', 'Unknown'],
    ['Salary band: TBD', 'TBD'],
    ['Lorem ipsum dolor', 'Lorem'],
    ['Applicability: N/A', 'N/A'],
    ['Scored [object Object] overall', '[object Object]'],
    ['reliability above . over weeks', 'number missing'],
    ['raised output by % on average', 'number missing'],
    ['grew XX% a year', 'number missing'],
  ])('flags %j', (text, expected) => {
    expect(placeholderProblem(text)).toContain(expected)
  })

  it('passes real sentences with real numbers', () => {
    expect(placeholderProblem('Internal consistency above 0.80 over six weeks.')).toBeNull()
    expect(placeholderProblem('Known issues are listed below.')).toBeNull()
  })
})

describe('numbersIn', () => {
  it('reads the numbers a sentence quotes', () => {
    expect(numbersIn('−40% time, 2,900 skills, alpha .51 and 0.42')).toEqual([40, 2900, 0.51, 0.42])
  })
})

describe('checkReadiness', () => {
  it('refuses a finding without a source', () => {
    const result = checkReadiness('findings', {
      headline: '+10% output',
      statement: 'Output rose.',
      figures: [{ label: 'output', value: 10, unit: '%' }],
      topic: 'ai-productivity',
      population: 'Workers',
      scope: 'One firm',
      certainty: 'low',
      limitations: 'One site.',
    })
    expect(result.ready).toBe(false)
    expect(result.issues.map((issue) => issue.message)).toContain('The finding has no source.')
  })

  it('lists every problem at once: a missing source does not hide an unlisted headline number', () => {
    const result = checkReadiness('findings', {
      headline: '+12% output',
      statement: 'Output rose.',
      figures: [{ label: 'output', value: 10, unit: '%' }],
      topic: 'ai-productivity',
    })
    expect(result.issues).toEqual(
      expect.arrayContaining([
        { path: 'source', message: 'The finding has no source.' },
        { path: 'figures', message: 'The headline quotes 12, which is not among the figures.' },
        { path: 'population', message: 'The population is missing.' },
      ]),
    )
  })

  it('says a year out of range is out of range, not missing', () => {
    const provenance = { sourceType: 'peer-reviewed', studyDesign: 'cohort' }
    const messages = checkReadiness('sources', { ...source, provenance, year: 1850 }).issues.map(
      (issue) => issue.message,
    )
    expect(messages).toEqual(['The year must be between 1900 and 2100.'])
  })

  it('refuses a headline whose number is not among the figures', () => {
    const result = checkReadiness('findings', {
      headline: '+12% output',
      statement: 'Output rose.',
      source,
      figures: [{ label: 'output', value: 10, unit: '%' }],
      topic: 'ai-productivity',
      population: 'Workers',
      scope: 'One firm',
      certainty: 'low',
      limitations: 'One site.',
    })
    expect(result.issues.map((issue) => issue.message)).toContain(
      'The headline quotes 12, which is not among the figures.',
    )
  })

  it('refuses an FAQ answer that cites nothing, or quotes a number no finding holds', () => {
    const base = { question: 'Does it help?', topic: 'ai-productivity' }
    expect(checkReadiness('faqs', { ...base, answer: 'Yes.', citedFindings: [] }).issues[0].message).toMatch(
      /cites nothing/,
    )
    const unsupported = checkReadiness('faqs', {
      ...base,
      answer: 'Time fell by 55%.',
      citedFindings: [finding],
    })
    expect(unsupported.issues.map((issue) => issue.message)).toContain(
      'The answer quotes 55, which no cited finding contains.',
    )
    expect(
      checkReadiness('faqs', { ...base, answer: 'Time fell by 40%.', citedFindings: [finding] }).ready,
    ).toBe(true)
  })

  it('refuses a page with fewer than three headline findings or an uncited finding-based rating', () => {
    const rating = { value: 'high', basis: 'analyst-judgement', rationale: 'Postings show it.' }
    const result = checkReadiness('career-skills', {
      career: { title: 'Backend Developer', slug: 'backend-developer' },
      skill: { name: 'Unknown', slug: 'bentoml' },
      summary: 'How BentoML weighs.',
      funnelRole: { value: 'gatekeeper', basis: 'finding', rationale: 'Cited.' },
      salaryUplift: rating,
      learningRamp: rating,
      applicability: rating,
      screening: [{ stage: 'entry', howScreened: 'A take-home.' }],
      portfolioPairings: ['docker'],
      headlineFindings: [finding, finding],
      findings: [finding],
      scopeNote: 'Scope.',
      limitations: 'Limits.',
      adjacentQuestions: [{ question: 'What next?' }],
    })
    const messages = result.issues.map((issue) => issue.message)
    expect(messages).toContain('A page needs at least three headline findings.')
    expect(messages).toContain('The funnel role rating cites no finding with a source.')
    expect(messages).toContain('The name contains the placeholder "Unknown".')
    expect(messages).toContain(
      'Say how the skill is screened at every career stage. Missing are mid, senior, staff-principal.',
    )
  })

  it('asks a curated career for its summary and codes, an imported one for its O*NET code instead', () => {
    const named = { title: 'Software Developers', slug: 'software-developers' }
    expect(checkReadiness('careers', { ...named, origin: 'onet', onet: { code: '15-1252.00' } }).ready).toBe(
      true,
    )
    expect(checkReadiness('careers', { ...named, origin: 'onet', onet: { code: ' ' } }).issues).toEqual([
      { path: 'onet.code', message: 'The O*NET-SOC code is empty.' },
    ])
    const curated = checkReadiness('careers', { ...named, onet: { code: '15-1252.00' } })
    expect(curated.issues.map((issue) => issue.message)).toContain('The summary is missing.')
    expect(checkReadiness('careers', { ...named, origin: 'curated' }).ready).toBe(false)
  })

  it('lets an imported technology go without a summary, never without a name', () => {
    expect(
      checkReadiness('skills', {
        name: 'Microsoft Excel',
        slug: 'microsoft-excel',
        kind: 'technology',
        origin: 'onet',
      }).ready,
    ).toBe(true)
    expect(checkReadiness('skills', { name: 'Python', slug: 'python', kind: 'language' }).ready).toBe(false)
    expect(checkReadiness('skills', { name: '', slug: 'x', kind: 'technology', origin: 'onet' }).ready).toBe(
      false,
    )
  })
})
