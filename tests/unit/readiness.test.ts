import { describe, expect, it } from 'vitest'

import { checkReadiness, numbersIn, placeholderProblem } from '../../lib/readiness'

const source = {
  title: 'Experimental evidence',
  authors: [{ name: 'Noy' }, { name: 'Zhang' }],
  venue: 'Science',
  year: 2023,
  url: 'https://example.org/paper',
}
// Pages are checked with their findings loaded, each with its ID.
const finding = { id: 'f1', headline: '−40% time, +18% quality', statement: 'Time fell by 40%.', source }
const contextFinding = {
  id: 'f2',
  headline: '56% of tasks',
  statement: 'About 56% of tasks are exposed.',
  source,
}

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
    expect(result.issues.map((issue) => issue.message)).toContain(
      'The finding has no published source. Choose one, and publish it first or submit it with this finding.',
    )
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
        { path: 'source', message: 'The finding has no published source. Choose one, and publish it first or submit it with this finding.' },
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
      'The answer quotes “55%”, which no cited finding contains. Cite the finding it comes from, or take the number out.',
    )
    expect(
      checkReadiness('faqs', { ...base, answer: 'Time fell by 40%.', citedFindings: [finding] }).ready,
    ).toBe(true)
  })

  /** A page that passes, to vary one rule at a time. */
  const readyPage = () => {
    const rating = { value: 'high', basis: 'editorial-judgement', rationale: 'Postings show it.' }
    return {
      career: { title: 'Backend Developer', slug: 'backend-developer' },
      skill: { id: 'sql-id', name: 'SQL', slug: 'sql' },
      occupationFacts: { title: 'Software Developers', hot: ['sql-id'], inDemand: [] },
      summary: 'How SQL weighs.',
      verdict: { importance: 'essential', rationale: 'Almost every service stores relational data.' },
      funnelRole: { value: 'gatekeeper', basis: 'editorial-judgement', rationale: 'Screened early.' },
      salaryUplift: rating,
      learningRamp: { ...rating, value: 'moderate' },
      applicability: { ...rating, value: 'broad' },
      screening: ['entry', 'mid', 'senior', 'staff-principal'].map((stage) => ({
        stage,
        howScreened: 'A take-home.',
      })),
      portfolioPairings: ['docker'],
      headlineFindings: [finding],
      findings: [finding],
      contextFindings: [],
      scopeNote: 'Scope.',
      limitations: 'Limits.',
      adjacentQuestions: [{ question: 'What next?' }],
    }
  }
  const messagesOf = (page: Record<string, unknown>) =>
    checkReadiness('career-skills', page).issues.map((issue) => issue.message)

  it('passes a complete page, which may have no headline cards when nothing measures the skill', () => {
    expect(messagesOf(readyPage())).toEqual([])
    expect(
      messagesOf({ ...readyPage(), headlineFindings: [], findings: [], contextFindings: [finding] }),
    ).toEqual([])
  })

  it('passes a page with direct evidence and, beside it, other findings as context', () => {
    expect(messagesOf({ ...readyPage(), contextFindings: [contextFinding] })).toEqual([])
  })

  it('refuses a page without a verdict, or one that contradicts its funnel role', () => {
    expect(messagesOf({ ...readyPage(), verdict: undefined })).toContain('The verdict is missing.')
    expect(messagesOf({ ...readyPage(), verdict: { importance: 'useful', rationale: 'Helps.' } })).toContain(
      'A gatekeeper skill is essential: lacking it stops a candidate, so it cannot be rated lower.',
    )
  })

  it('refuses a certainty override without a reason', () => {
    const page = readyPage()
    const overridden = {
      ...page,
      verdict: { ...page.verdict, certaintyOverride: { grade: 'high', reason: ' ' } },
    }
    expect(messagesOf(overridden)).toContain(
      'The certainty override gives no reason; readers see why the computed grade was overruled.',
    )
  })

  it('refuses a finding listed both as direct evidence and as context', () => {
    expect(messagesOf({ ...readyPage(), contextFindings: [finding] })).toContain(
      'A finding is listed both as direct evidence and as context; a finding measures this skill or career, or it does not.',
    )
  })

  it('refuses a rating resting on a dataset fact the occupation does not record', () => {
    const page = readyPage()
    const onDataset = { ...page.funnelRole, basis: 'dataset', datasetFact: 'onet-in-demand' }
    expect(messagesOf({ ...page, funnelRole: onDataset })).toContain(
      'The funnel role rating rests on “O*NET In Demand”, but O*NET does not record that for SQL in Software Developers.',
    )
    expect(messagesOf({ ...page, funnelRole: { ...onDataset, datasetFact: 'onet-hot-technology' } })).toEqual(
      [],
    )
  })

  it('refuses an uncited finding-based rating, a placeholder and missing career stages', () => {
    const page = readyPage()
    const messages = messagesOf({
      ...page,
      skill: { ...page.skill, name: 'Unknown' },
      funnelRole: { ...page.funnelRole, basis: 'finding' },
      screening: [{ stage: 'entry', howScreened: 'A take-home.' }],
    })
    expect(messages).toContain('The funnel role rating cites no published finding with a source.')
    expect(messages).toContain('The name contains the placeholder "Unknown".')
    expect(messages).toContain(
      'Say how the skill is screened at the Mid-level, Senior, Staff / principal stages.',
    )
  })

  it('refuses a number in any prose field that no cited finding contains, quoting it', () => {
    const page = readyPage()
    for (const [field, value] of [
      ['summary', 'It cut mis-hires by 63%.'],
      ['scopeNote', 'Covers 14% of postings.'],
      ['limitations', 'Only 250 firms answered.'],
      ['verdict', { ...page.verdict, rationale: 'It matters in 63% of teams.' }],
      ['salaryUplift', { ...page.salaryUplift, rationale: 'Pays 14% more.' }],
      ['screening', page.screening.map((row) => ({ ...row, howScreened: 'A 90-minute take-home.' }))],
      ['adjacentQuestions', [{ question: 'Do 63% of teams use it?' }]],
    ] as const) {
      const messages = messagesOf({ ...page, [field]: value })
      expect(
        messages.some((message) => /quotes “(63%|14%|250|90)”/.test(message)),
        `${field}: ${messages}`,
      ).toBe(true)
    }
    expect(
      messagesOf({ ...page, summary: 'Since 2019, SQL:2016 and Python 3 teams use it; it rose 40%.' }),
    ).toEqual([])
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

  it('holds a career’s demand rationale to the finding it rests on once loaded, and lets a list link it by ID', () => {
    const career = (finding: unknown) => ({
      title: 'Backend Developer',
      slug: 'backend-developer',
      origin: 'curated',
      summary: 'Backend developers build the server side.',
      demandProfile: 'balanced',
      demandBasis: { basis: 'finding', finding, rationale: 'Employment is projected to grow 17%.' },
      taxonomy: { onetSoc: '15-1252.00', escoLabel: 'software developer', isco08: '2512' },
    })
    const growth = { id: 'g', headline: '+17% by 2033', statement: 'Employment grows 17%.', source }
    expect(checkReadiness('careers', career(growth)).issues).toEqual([])
    // On a list the finding is an ID: its numbers were checked at submit and are checked where shown.
    expect(checkReadiness('careers', career('g')).issues).toEqual([])
    expect(
      checkReadiness('careers', career({ ...growth, headline: '+12%', statement: 'It grows 12%.' })).issues,
    ).toEqual([
      expect.objectContaining({
        path: 'demandBasis.rationale',
        message: expect.stringContaining('“17%”'),
      }),
    ])
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
