import type { Payload, RequiredDataFromCollectionSlug } from 'payload'


let counter = 0
const unique = (label: string) => `${label} ${++counter}`

type Status = 'draft' | 'published'

/** Small, valid documents for each collection, created through the Local API as the system. */
export const makeFixtures = (payload: Payload) => {
  const source = (status: Status = 'published', overrides: Partial<RequiredDataFromCollectionSlug<'sources'>> = {}) =>
    payload.create({
      collection: 'sources',
      depth: 0,
      data: {
        title: unique('A study of tests'),
        authors: [{ name: 'Doe', given: 'Jane' }],
        venue: 'Journal of Testing',
        year: 2024,
        url: 'https://example.org/study',
        provenance: { sourceType: 'peer-reviewed', studyDesign: 'cohort' },
        ...overrides,
        _status: status,
      } as RequiredDataFromCollectionSlug<'sources'>,
    })

  const finding = async (status: Status = 'published', overrides: Partial<RequiredDataFromCollectionSlug<'findings'>> = {}) =>
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
        _status: status,
      } as RequiredDataFromCollectionSlug<'findings'>,
    })

  const career = (status: Status = 'published', title = unique('Test Engineer')) =>
    payload.create({
      collection: 'careers',
      depth: 0,
      data: { title, summary: `${title} builds things.`, demandProfile: 'balanced', _status: status } as RequiredDataFromCollectionSlug<'careers'>,
    })

  const skill = (status: Status = 'published', name = unique('Test Skill')) =>
    payload.create({
      collection: 'skills',
      depth: 0,
      data: { name, summary: `${name} is a skill.`, kind: 'method', _status: status } as RequiredDataFromCollectionSlug<'skills'>,
    })

  const careerSkill = async (status: Status = 'published', overrides: Partial<RequiredDataFromCollectionSlug<'career-skills'>> = {}) => {
    const rating = { basis: 'analyst-judgement' as const, rationale: 'Judged from postings.' }
    return payload.create({
      collection: 'career-skills',
      depth: 0,
      data: {
        career: overrides.career ?? (await career()).id,
        skill: overrides.skill ?? (await skill()).id,
        summary: 'How the skill weighs for the role.',
        funnelRole: { value: 'force-multiplier', ...rating },
        salaryUplift: { value: 'moderate', ...rating },
        learningRamp: { value: 'moderate', ...rating },
        applicability: { value: 'broad', ...rating },
        scopeNote: 'Applies to the modal role.',
        limitations: 'Correlational evidence only.',
        ...overrides,
        _status: status,
      } as RequiredDataFromCollectionSlug<'career-skills'>,
    })
  }

  const faq = async (status: Status = 'published', overrides: Partial<RequiredDataFromCollectionSlug<'faqs'>> = {}) =>
    payload.create({
      collection: 'faqs',
      depth: 0,
      data: {
        question: unique('Does the skill matter?'),
        answer: 'It raised output by 10% in one study.',
        citedFindings: [(await finding()).id],
        topic: 'ai-productivity',
        ...overrides,
        _status: status,
      } as RequiredDataFromCollectionSlug<'faqs'>,
    })

  return { source, finding, career, skill, careerSkill, faq }
}
