import { describe, expect, it } from 'vitest'

import type { Career, CareerSkill, Finding, Source } from '../../payload-types'
import { toDemandView } from '../../lib/data/shape/catalogue'
import { toCitedFact, toDatasetFactView } from '../../lib/data/shape/datasetFact'
import { toPageFindingView } from '../../lib/data/shape/finding'
import { toRatingViews } from '../../lib/data/shape/ratings'
import { toSourceView } from '../../lib/data/shape/source'
import { careerPeople, careerWithArticle, toVerdictView } from '../../lib/data/shape/verdict'
import { certaintyOf } from '../../lib/evidence/certainty'
import { legendFor } from '../../lib/evidence/flags'

const source = (overrides: Partial<Source> & Pick<Source, 'id'>): Source => ({
  title: 'A study',
  authors: [{ name: 'Doe', given: 'Jane' }],
  venue: 'Journal of Testing',
  year: 2023,
  url: 'https://example.org/study',
  updatedAt: '2026-01-01T00:00:00.000Z',
  createdAt: '2026-01-01T00:00:00.000Z',
  ...overrides,
  provenance: {
    sourceType: 'peer-reviewed',
    studyDesign: 'randomized-experiment',
    sampleSize: 453,
    ...overrides.provenance,
  },
  verification: overrides.verification ?? { status: 'verified' },
})

/** Records shaped like the demo's, with the provenance that decides their flags. */
const peng = source({
  id: 'peng',
  title: 'The Impact of AI on Developer Productivity: Evidence from GitHub Copilot',
  authors: [
    { name: 'Peng', given: 'Sida' },
    { name: 'Kalliamvakou', given: 'Eirini' },
    { name: 'Cihon', given: 'Peter' },
    { name: 'Demirer', given: 'Mert' },
  ],
  venue: 'arXiv',
  provenance: {
    sourceType: 'preprint',
    studyDesign: 'randomized-experiment',
    sampleSize: 95,
    conflictOfInterest: 'Authors employed by GitHub and Microsoft.',
  },
  verification: { status: 'unverified' },
})
const eloundou = source({
  id: 'eloundou',
  title: 'GPTs are GPTs',
  venue: 'arXiv',
  laterPublishedAs: { venue: 'Science', year: 2024 },
  provenance: { sourceType: 'preprint', studyDesign: 'administrative-data', sampleSize: 1016 },
})
const hbs = source({
  id: 'hbs',
  title: 'Navigating the Jagged Technological Frontier',
  authors: [
    { name: 'Dell’Acqua', given: 'Fabrizio' },
    { name: 'McFowland', given: 'Edward', suffix: 'III' },
  ],
  venue: 'Harvard Business School',
  reportNumber: '24-013',
  provenance: { sourceType: 'preprint', studyDesign: 'pre-registered', sampleSize: 758 },
})
const onetRelease = source({
  id: 'onet',
  title: 'O*NET 29.2 Database',
  authors: [{ name: 'U.S. Department of Labor, Employment and Training Administration (USDOL/ETA)' }],
  venue: 'O*NET Resource Center',
  year: 2025,
  provenance: { sourceType: 'government-dataset', studyDesign: 'occupational-database' },
})

const finding = (id: string, cited: Source) =>
  ({
    id,
    headline: '−55.8% time on one coding task',
    statement: 'Developers with the assistant finished the task faster.',
    population: 'Freelance developers',
    scope: 'One task',
    certainty: 'low',
    limitations: 'One task.',
    source: cited,
  }) as Omit<Finding, 'source'> & { source: Source }

const subject = { skill: 'BentoML', career: 'backend developers' }

describe('toSourceView: the flags at every citation', () => {
  it('shows an unverified preprint with a conflict of interest with all three flags in words', () => {
    expect(toSourceView(peng).flags.map((flag) => flag.text)).toEqual([
      'Unverified',
      'Preprint',
      'Conflict of interest',
    ])
    expect(toSourceView(peng).label).toBe('Peng et al., arXiv')
  })

  it('says where a preprint has since been published', () => {
    const view = toSourceView(eloundou)
    expect(view.flags.map((flag) => flag.text)).toEqual(['Preprint, since published in Science (2024)'])
    expect(view.laterPublishedAs).toEqual({ label: 'Science (2024)', href: null })
  })

  it('puts the report number and the author suffix in the reference', () => {
    expect(toSourceView(hbs).citation).toBe(
      'Dell’Acqua, F., & McFowland, E., III (2023). Navigating the Jagged Technological Frontier (No. 24-013). Harvard Business School.',
    )
  })

  it('gives a page legend only for the flags its citations show', () => {
    const legend = legendFor([toSourceView(peng).flags, toSourceView(onetRelease).flags])
    expect(legend.map((entry) => entry.term)).toEqual(['Unverified', 'Preprint', 'Conflict of interest'])
  })
})

describe('toPageFindingView', () => {
  it('says in words whether a finding is direct evidence or context', () => {
    expect(toPageFindingView(finding('f1', peng), 'context').relation).toEqual({
      value: 'context',
      label: 'Context',
    })
    expect(toPageFindingView(finding('f1', peng), 'direct').relation.label).toBe('Direct evidence')
  })
})

describe('toVerdictView', () => {
  const verdict = { importance: 'useful' as const, rationale: 'No cited study measures BentoML.' }
  const flagship = certaintyOf({
    subject,
    findings: [
      { relation: 'context', source: peng },
      { relation: 'context', source: eloundou },
    ],
  })

  it('answers with the importance marked on all four steps of its scale, highest first', () => {
    const view = toVerdictView({
      verdict,
      certainty: flagship,
      subject,
      question: 'How important is BentoML for a Backend Developer?',
      hasDirectEvidence: false,
      hasContext: true,
    })
    expect(view.steps.map((step) => [step.label, step.current])).toEqual([
      ['Essential', false],
      ['Important', false],
      ['Useful', true],
      ['Marginal', false],
    ])
    expect(view.importance.label).toBe('Useful')
  })

  it('says plainly that no cited study measures the skill, and grades the page on indirect evidence', () => {
    const view = toVerdictView({
      verdict,
      certainty: flagship,
      subject,
      question: 'How important is BentoML for a Backend Developer?',
      hasDirectEvidence: false,
      hasContext: true,
    })
    expect(view.noDirectEvidence).toMatch(
      /^No study cited on this page measures BentoML or backend developers/,
    )
    expect(view.basis).toMatchObject({ value: 'indirect-evidence', label: 'Indirect evidence' })
    expect(view.certainty.label).toBe('Very low')
    expect(view.certainty.reasons).toContain(
      'Downgraded for indirectness: none of the 2 cited studies measures BentoML or backend developers.',
    )
  })

  it('has no "no direct evidence" sentence when a cited study measures the skill', () => {
    const certainty = certaintyOf({ subject, findings: [{ relation: 'direct', source: hbs }] })
    const view = toVerdictView({
      verdict,
      certainty,
      subject,
      question: 'q',
      hasDirectEvidence: true,
      hasContext: false,
    })
    expect(view.noDirectEvidence).toBeNull()
    expect(view.basis.label).toBe('Direct evidence')
  })

  it("shows a reviewer's override with its reason once, and the computed grade beside it", () => {
    const certainty = certaintyOf({
      subject,
      findings: [{ relation: 'direct', source: hbs }],
      override: { grade: 'very-low', reason: 'The task studied is not model serving.' },
    })
    const view = toVerdictView({
      verdict,
      certainty,
      subject,
      question: 'q',
      hasDirectEvidence: true,
      hasContext: false,
    })
    expect(view.certainty.label).toBe('Very low')
    expect(view.certainty.override).toEqual({
      label: 'Very low',
      computedLabel: 'Moderate',
      reason: 'The task studied is not model serving.',
    })
    expect(view.certainty.reasons.join(' ')).not.toContain('The task studied is not model serving.')
    expect(view.certainty.reasons.length).toBeGreaterThan(0)
  })
})

describe('careerPeople and careerWithArticle', () => {
  it('names the people in a career as a sentence does', () => {
    expect(careerPeople('Backend Developer')).toBe('backend developers')
    expect(careerPeople('Machine Learning Engineer')).toBe('machine learning engineers')
    expect(careerPeople('Data Secretary')).toBe('data secretaries')
    expect(careerPeople('Software Developers', { plural: true })).toBe('software developers')
    expect(careerPeople('DevOps Engineer')).toBe('DevOps engineers')
    expect(careerWithArticle('Backend Developer')).toBe('a Backend Developer')
    expect(careerWithArticle('Application Engineer')).toBe('an Application Engineer')
    expect(careerWithArticle('Software Developers', { plural: true })).toBe('Software Developers')
  })
})

describe('toRatingViews', () => {
  const page = {
    funnelRole: {
      value: 'gatekeeper',
      basis: 'dataset',
      datasetFact: 'onet-hot-technology',
      rationale: 'Employers name it often in job postings.',
    },
    salaryUplift: { value: 'low', basis: 'editorial-judgement', rationale: 'Pay follows level.' },
    learningRamp: { value: 'moderate', basis: 'finding', finding: 'f1', rationale: 'It takes months.' },
    applicability: { value: 'broad', basis: 'editorial-judgement', rationale: 'Used everywhere.' },
  } as Pick<CareerSkill, 'funnelRole' | 'salaryUplift' | 'learningRamp' | 'applicability'>
  const factSubject = { skill: 'SQL', occupation: 'Software Developers' }
  const ratings = toRatingViews({
    page,
    citeFinding: (id) => toPageFindingView(finding(id, peng), 'context'),
    citeFact: (fact) => toDatasetFactView({ fact, subject: factSubject, dataset: onetRelease }),
  })

  it('shows each value on its scale with the legend, and the basis in words', () => {
    const [funnel, salary] = ratings
    expect(funnel?.value).toBe('Gatekeeper')
    expect(funnel?.steps.map((step) => [step.label, step.current])).toEqual([
      ['Gatekeeper', true],
      ['Force multiplier', false],
    ])
    expect(salary?.value).toBe('Low band')
    expect(salary?.basis).toEqual({
      value: 'editorial-judgement',
      label: 'Editorial judgement',
      legend: 'An editor’s reasoned call, with its rationale, where no cited source measures the rating.',
    })
    expect(salary?.citation).toEqual({ kind: 'editorial-judgement' })
  })

  it('cites a dataset fact with its statement, the O*NET attribution and the release it comes from', () => {
    const citation = ratings[0]?.citation
    expect(citation?.kind).toBe('dataset')
    if (citation?.kind !== 'dataset') return
    expect(citation.fact.label).toBe('O*NET Hot Technology')
    expect(citation.fact.statement).toBe('O*NET marks SQL a Hot Technology for Software Developers')
    expect(citation.fact.attribution).toMatch(
      /^This page includes information from the O\*NET 29\.2 Database/,
    )
    expect(citation.fact.source?.href).toBe('/sources/onet')
  })

  it('cites a finding with its relation and its source with flags', () => {
    const citation = ratings[2]?.citation
    expect(citation?.kind === 'finding' && citation.finding.relation.label).toBe('Context')
    expect(citation?.kind === 'finding' && citation.finding.source.flags.map((flag) => flag.key)).toEqual([
      'unverified',
      'preprint',
      'conflictOfInterest',
    ])
  })

  it('names the fact for certainty as a direct observation of this skill in this occupation', () => {
    expect(toCitedFact({ fact: 'onet-hot-technology', subject: factSubject })).toEqual({
      relation: 'direct',
      label: 'O*NET’s Hot Technology flag for SQL in Software Developers',
      domainSource: null,
    })
  })
})

describe('toDemandView', () => {
  const career = (demandBasis: Career['demandBasis']) =>
    ({ id: 'c', title: 'Backend Developer', demandProfile: 'balanced', demandBasis }) as Career
  const bls = source({ id: 'bls', title: 'Occupational Outlook Handbook', venue: 'BLS' })
  const graph = {
    findings: new Map([['f1', { ...finding('f1', bls), source: 'bls' } as Finding]]),
    sources: new Map([['bls', bls]]),
  }

  it('cites the finding a demand profile rests on', () => {
    const view = toDemandView(career({ basis: 'finding', finding: 'f1', rationale: 'Growth of 17%.' }), graph)
    expect(view?.value).toBe('Balanced')
    expect(view?.basis.label).toBe('Cited finding')
    expect(view?.citation.kind === 'finding' && view.citation.finding.source.id).toBe('bls')
  })

  it('says an editorial judgement is one', () => {
    const view = toDemandView(career({ basis: 'editorial-judgement', rationale: 'Matched.' }), graph)
    expect(view?.basis.label).toBe('Editorial judgement')
    expect(view?.citation).toEqual({ kind: 'editorial-judgement' })
  })

  it('shows no demand rather than a rationale whose finding is not published', () => {
    expect(
      toDemandView(career({ basis: 'finding', finding: 'gone', rationale: 'Growth of 17%.' }), graph),
    ).toBeNull()
  })
})
