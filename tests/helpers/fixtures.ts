import type { Payload, RequiredDataFromCollectionSlug } from 'payload'

let counter = 0
/** A unique suffix made of letters, so it never adds a number to a headline. */
const unique = (label: string) => {
  counter += 1
  let n = counter
  let letters = ''
  while (n > 0) {
    letters = String.fromCharCode(97 + ((n - 1) % 26)) + letters
    n = Math.floor((n - 1) / 26)
  }
  return `${label} ${letters}`
}

export type Status = 'draft' | 'published'
type Stage = 'draft' | 'in-review' | 'changes-requested' | 'approved' | 'published' | 'retracted'
type Extra = { stage?: Stage }

/**
 * Small documents for each collection, complete enough to pass their readiness checks, created
 * through the Local API as the system (so any starting stage can be set up directly).
 */
export const makeFixtures = (payload: Payload) => {
  const stageFor = (status: Status, extra: Extra) =>
    extra.stage ?? (status === 'published' ? 'published' : 'draft')

  const source = (
    status: Status = 'published',
    overrides: Partial<RequiredDataFromCollectionSlug<'sources'>> & Extra = {},
  ) =>
    payload.create({
      collection: 'sources',
      depth: 0,
      data: {
        title: unique('A study of tests'),
        authors: [{ name: 'Doe', given: 'Jane' }],
        venue: 'Journal of Testing',
        year: 2024,
        // One record per work: each fixture source is a work of its own, with its own address.
        url: `https://example.org/${unique('study').replace(/\W+/g, '-')}`,
        provenance: { sourceType: 'peer-reviewed', studyDesign: 'cohort' },
        ...overrides,
        stage: stageFor(status, overrides),
        _status: status,
      } as RequiredDataFromCollectionSlug<'sources'>,
    })

  const finding = async (
    status: Status = 'published',
    overrides: Partial<RequiredDataFromCollectionSlug<'findings'>> & Extra = {},
  ) =>
    payload.create({
      collection: 'findings',
      depth: 0,
      data: {
        headline: unique('+10% output'),
        statement: 'Output rose by 10% in the treated group.',
        source: overrides.source ?? (await source()).id,
        figures: [{ label: 'output change', value: 10, unit: '%' }],
        topic: 'ai-productivity',
        population: 'Test workers',
        scope: 'One firm, one year',
        certainty: 'low',
        limitations: 'A single site.',
        ...overrides,
        stage: stageFor(status, overrides),
        _status: status,
      } as RequiredDataFromCollectionSlug<'findings'>,
    })

  const career = (status: Status = 'published', title = unique('Test Engineer'), extra: Extra = {}) =>
    payload.create({
      collection: 'careers',
      depth: 0,
      data: {
        title,
        summary: `${title} builds things.`,
        demandProfile: 'balanced',
        demandBasis: { basis: 'editorial-judgement', rationale: 'Postings and applicants look matched.' },
        taxonomy: {
          onetSoc: '15-1252.00',
          onetTitle: 'Software Developers',
          escoLabel: 'software developer',
          isco08: '2512',
        },
        stage: stageFor(status, extra),
        _status: status,
      } as RequiredDataFromCollectionSlug<'careers'>,
    })

  const skill = (status: Status = 'published', name = unique('Test Skill'), extra: Extra = {}) =>
    payload.create({
      collection: 'skills',
      depth: 0,
      data: {
        name,
        summary: `${name} is a skill.`,
        kind: 'method',
        stage: stageFor(status, extra),
        _status: status,
      } as RequiredDataFromCollectionSlug<'skills'>,
    })

  const careerSkill = async (
    status: Status = 'published',
    overrides: Partial<RequiredDataFromCollectionSlug<'career-skills'>> & Extra = {},
  ) => {
    const rating = { basis: 'editorial-judgement' as const, rationale: 'Judged from postings.' }
    const cited = [(await finding()).id, (await finding()).id, (await finding()).id]
    return payload.create({
      collection: 'career-skills',
      depth: 0,
      data: {
        career: overrides.career ?? (await career()).id,
        skill: overrides.skill ?? (await skill()).id,
        summary: 'How the skill weighs for the role.',
        verdict: { importance: 'important', rationale: 'It multiplies what the role already does.' },
        funnelRole: { value: 'force-multiplier', ...rating },
        salaryUplift: { value: 'moderate', ...rating },
        learningRamp: { value: 'moderate', ...rating },
        applicability: { value: 'broad', ...rating },
        screening: (['entry', 'mid', 'senior', 'staff-principal'] as const).map((stage) => ({
          stage,
          howScreened: `Checked in a ${stage} interview.`,
        })),
        portfolioPairings: [(await skill()).id],
        headlineFindings: cited,
        findings: cited,
        scopeNote: 'Applies to the modal role.',
        limitations: 'Correlational evidence only.',
        adjacentQuestions: [{ question: 'Does seniority change this?' }],
        ...overrides,
        stage: stageFor(status, overrides),
        _status: status,
      } as RequiredDataFromCollectionSlug<'career-skills'>,
    })
  }

  const faq = async (
    status: Status = 'published',
    overrides: Partial<RequiredDataFromCollectionSlug<'faqs'>> & Extra = {},
  ) =>
    payload.create({
      collection: 'faqs',
      depth: 0,
      data: {
        question: unique('Does the skill matter?'),
        answer: 'It raised output by 10% in one study.',
        citedFindings: [(await finding()).id],
        topic: 'ai-productivity',
        ...overrides,
        stage: stageFor(status, overrides),
        _status: status,
      } as RequiredDataFromCollectionSlug<'faqs'>,
    })

  return { source, finding, career, skill, careerSkill, faq }
}
