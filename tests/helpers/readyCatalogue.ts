import type { Payload, RequiredDataFromCollectionSlug } from 'payload'

/** Writes as the seed does: as the system, published, without expiring caches. */
const SYSTEM = { context: { disableRevalidate: true, seeding: true }, depth: 0 } as const

type Catalogue = {
  skills: { id: string; slug: string }[]
  sources: string[]
  careers: { id: string; slug: string }[]
  findings: string[]
}

const rating = {
  basis: 'editorial-judgement' as const,
  rationale: 'Judged from the wording of postings for the role.',
}
const STAGES = ['entry', 'mid', 'senior', 'staff-principal'] as const

/**
 * Builds evidence pages that pass every readiness schema, so the public site shows them: `careers`
 * careers, each with a page for each of `skillCount` shared skills, its own finding and its own FAQ.
 * Called again with `from`, it grows the same catalogue.
 */
export const buildReadyCatalogue = async (
  payload: Payload,
  {
    careers,
    skillCount = 3,
    from = 0,
    existing,
  }: { careers: number; skillCount?: number; from?: number; existing?: Catalogue },
): Promise<Catalogue> => {
  const create = <C extends 'sources' | 'findings' | 'careers' | 'skills' | 'career-skills' | 'faqs'>(
    collection: C,
    data: Record<string, unknown>,
  ) =>
    payload.create({
      collection,
      data: { ...data, _status: 'published' } as RequiredDataFromCollectionSlug<C>,
      ...SYSTEM,
    })

  const catalogue: Catalogue = existing ?? { skills: [], sources: [], careers: [], findings: [] }
  if (!existing) {
    for (let index = 1; index <= skillCount; index++) {
      const skill = await create('skills', {
        name: `Craft ${index}`,
        summary: `Craft ${index} is a practice of the trade.`,
        kind: 'method',
      })
      catalogue.skills.push({ id: String(skill.id), slug: String(skill.slug) })
    }
    for (let index = 1; index <= 3; index++) {
      const source = await create('sources', {
        title: `A field study of hiring, part ${index}`,
        authors: [{ name: 'Rivera', given: 'Ana' }],
        venue: 'Journal of Labour Studies',
        year: 2020 + index,
        url: `https://example.org/study-${index}`,
        provenance: { sourceType: 'peer-reviewed', studyDesign: 'cohort' },
      })
      catalogue.sources.push(String(source.id))
      const finding = await create('findings', {
        headline: `+${10 * index}% callbacks`,
        statement: `Callbacks rose by ${10 * index}% for applicants who showed the skill.`,
        source: source.id,
        figures: [{ label: 'callback change', value: 10 * index, unit: '%' }],
        topic: 'hiring-and-screening',
        population: 'Applicants in one region',
        scope: 'Entry-level postings',
        certainty: 'moderate',
        limitations: 'One labour market only.',
      })
      catalogue.findings.push(String(finding.id))
    }
  }

  for (let index = from + 1; index <= from + careers; index++) {
    const own = await create('findings', {
      headline: `${index + 1}× more interviews`,
      statement: `Candidates were ${index + 1} times as likely to be interviewed.`,
      source: catalogue.sources[index % catalogue.sources.length],
      figures: [{ label: 'interview ratio', value: index + 1, unit: 'times' }],
      topic: 'hiring-and-screening',
      population: 'Applicants in one region',
      scope: 'Entry-level postings',
      certainty: 'low',
      limitations: 'Observational data.',
    })
    const career = await create('careers', {
      title: `Practitioner ${index}`,
      summary: `Practitioner ${index} applies the crafts of the trade.`,
      demandProfile: 'balanced',
      demandBasis: { basis: 'editorial-judgement', rationale: 'Openings and applicants look matched.' },
      taxonomy: {
        onetSoc: '15-1252.00',
        onetTitle: 'Software Developers',
        escoLabel: 'software developer',
        isco08: '2512',
      },
      skillClusters: [{ label: 'Core crafts', skills: catalogue.skills.map((skill) => skill.id) }],
      relatedCareers: catalogue.careers.slice(0, 2).map((existingCareer) => existingCareer.id),
    })
    catalogue.careers.push({ id: String(career.id), slug: String(career.slug) })
    for (const skill of catalogue.skills) {
      await create('career-skills', {
        career: career.id,
        skill: skill.id,
        summary: `How much the skill weighs for Practitioner ${index}.`,
        verdict: { importance: 'important', rationale: 'It multiplies what the role already does.' },
        funnelRole: { value: 'force-multiplier', ...rating },
        salaryUplift: { value: 'moderate', ...rating },
        learningRamp: { value: 'gentle', ...rating },
        applicability: { value: 'broad', ...rating },
        screening: STAGES.map((stage) => ({
          stage,
          howScreened: `Checked in a work sample at the ${stage} stage.`,
        })),
        portfolioPairings: catalogue.skills.filter((other) => other.id !== skill.id).map((other) => other.id),
        headlineFindings: catalogue.findings.slice(0, 3),
        findings: [...catalogue.findings.slice(0, 3), own.id],
        scopeNote: 'Covers the modal role in one labour market.',
        limitations: 'Correlational evidence only.',
        adjacentQuestions: [{ question: 'Does seniority change the weight of the skill?' }],
      })
    }
    await create('faqs', {
      question: `Does the first craft help Practitioner ${index}?`,
      answer: `In one study candidates were ${index + 1} times as likely to be interviewed.`,
      citedFindings: [own.id],
      topic: 'hiring-and-screening',
      careers: [career.id],
      skills: [catalogue.skills[0]?.id],
    })
  }
  return catalogue
}
