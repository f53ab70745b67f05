import { describe, expect, it } from 'vitest'

import { importanceMismatch } from '../../lib/evidence/model'
import { citedNumbersOf, uncitedNumbers } from '../../lib/evidence/numbers'
import {
  careerSkills,
  careers,
  faqs,
  findings,
  skills,
  sources,
  type CareerSkillSeed,
  type CareerStage,
  type FindingSeed,
} from '../../seed/data'

const sourceKeys = new Set(sources.map((source) => source.key))
const findingsByKey = new Map(findings.map((finding) => [finding.key, finding]))
const skillSlugs = new Set(skills.map((skill) => skill.slug))
const careerSlugs = new Set(careers.map((career) => career.slug))
const stages: CareerStage[] = ['entry', 'mid', 'senior', 'staff-principal']

/** The slug rule from the brief: lower-case name, every run of non-alphanumerics turned into '-'. */
function slugify(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}

/** Every number written in a piece of prose, as a positive value ("5,172" → 5172, "−0.42%" → 0.42). */
function numbersIn(text: string): number[] {
  const tokens = text.match(/(?<![\w.])\d[\d,]*(?:\.\d+)?|(?<![\w\d])\.\d+/g) ?? []
  return tokens.map((token) => Number(token.replace(/,/g, '').replace(/^\./, '0.')))
}

function sameNumber(a: number, b: number): boolean {
  return Math.abs(Math.abs(a) - Math.abs(b)) < 1e-9
}

function findingNumbers(keys: Iterable<string>): number[] {
  const values: number[] = []
  for (const key of keys) values.push(...(findingsByKey.get(key)?.numbers.map((n) => n.value) ?? []))
  return values
}

/** Every string anywhere inside a record, with the path it was found at. */
function stringsIn(value: unknown, path = ''): { path: string; text: string }[] {
  if (typeof value === 'string') return [{ path, text: value }]
  if (Array.isArray(value)) return value.flatMap((item, index) => stringsIn(item, `${path}[${index}]`))
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => stringsIn(item, path ? `${path}.${key}` : key))
  }
  return []
}

/** The prose of a career-skill subject: everything a reader sees besides keys and slugs. */
function subjectProse(subject: CareerSkillSeed): string[] {
  return [
    subject.summary,
    subject.verdict.rationale,
    subject.funnelRole.rationale,
    subject.salaryUplift.rationale,
    subject.learningRamp.rationale,
    subject.applicability.rationale,
    ...subject.screening.map((entry) => entry.howScreened),
    subject.scopeNote,
    subject.limitations,
    ...subject.adjacentQuestions,
  ]
}

function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+/)
    .map((sentence) =>
      sentence
        .toLowerCase()
        .replace(/[^\p{L}\p{N}\s-]/gu, ' ')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter((sentence) => sentence.split(' ').length >= 8)
}

function subjectId(subject: CareerSkillSeed): string {
  return `${subject.career} × ${subject.skill}`
}

const allRecords = { sources, findings, skills, careers, careerSkills, faqs }

describe('seed data: sizes and unique keys', () => {
  it('has at least the agreed number of each record type', () => {
    expect(sources.length).toBeGreaterThanOrEqual(14)
    expect(findings.length).toBeGreaterThanOrEqual(20)
    expect(skills.length).toBeGreaterThanOrEqual(32)
    expect(careers.length).toBeGreaterThanOrEqual(6)
    expect(careerSkills.length).toBeGreaterThanOrEqual(13)
    expect(faqs.length).toBeGreaterThanOrEqual(12)
  })

  it('uses each key or slug once per collection', () => {
    for (const keys of [
      sources.map((s) => s.key),
      findings.map((f) => f.key),
      skills.map((s) => s.slug),
      careers.map((c) => c.slug),
      faqs.map((f) => f.key),
    ]) {
      expect(new Set(keys).size).toBe(keys.length)
    }
  })

  it('has one subject per career × skill pair', () => {
    const pairs = careerSkills.map(subjectId)
    expect(new Set(pairs).size).toBe(pairs.length)
  })

  it('includes the skills and careers the site is built around', () => {
    for (const slug of [
      'bentoml',
      'sql',
      'python',
      'docker',
      'kubernetes',
      'pytorch',
      'typescript',
      'web-accessibility',
      'system-design',
      'incident-response',
      'experiment-design',
      'stakeholder-communication',
    ]) {
      expect(skillSlugs.has(slug), slug).toBe(true)
    }
    expect(careers.find((c) => c.slug === 'backend-developer')?.title).toBe('Backend Developer')
    expect(skills.find((s) => s.slug === 'bentoml')?.name).toBe('BentoML')
  })
})

describe('seed data: every reference resolves', () => {
  it('findings cite existing sources', () => {
    for (const finding of findings) expect(sourceKeys.has(finding.source), finding.key).toBe(true)
  })

  it('skills name 2–4 existing adjacent skills, never themselves', () => {
    for (const skill of skills) {
      expect(skill.adjacent.length, skill.slug).toBeGreaterThanOrEqual(2)
      expect(skill.adjacent.length, skill.slug).toBeLessThanOrEqual(4)
      expect(new Set(skill.adjacent).size, skill.slug).toBe(skill.adjacent.length)
      for (const slug of skill.adjacent) {
        expect(skillSlugs.has(slug), `${skill.slug} → ${slug}`).toBe(true)
        expect(slug).not.toBe(skill.slug)
      }
    }
  })

  it('careers link 2–3 existing related careers and 2–4 clusters of existing skills', () => {
    for (const career of careers) {
      expect(career.related.length, career.slug).toBeGreaterThanOrEqual(2)
      expect(career.related.length, career.slug).toBeLessThanOrEqual(3)
      for (const slug of career.related) {
        expect(careerSlugs.has(slug), `${career.slug} → ${slug}`).toBe(true)
        expect(slug).not.toBe(career.slug)
      }
      expect(career.skillClusters.length, career.slug).toBeGreaterThanOrEqual(2)
      expect(career.skillClusters.length, career.slug).toBeLessThanOrEqual(4)
      for (const cluster of career.skillClusters) {
        expect(cluster.skills.length, cluster.label).toBeGreaterThan(0)
        for (const slug of cluster.skills) expect(skillSlugs.has(slug), `${career.slug}: ${slug}`).toBe(true)
      }
    }
  })

  it('career-skill subjects point at existing careers, skills and findings', () => {
    for (const subject of careerSkills) {
      const id = subjectId(subject)
      expect(careerSlugs.has(subject.career), id).toBe(true)
      expect(skillSlugs.has(subject.skill), id).toBe(true)
      for (const slug of subject.pairings) {
        expect(skillSlugs.has(slug), `${id} pairs with ${slug}`).toBe(true)
        expect(slug, id).not.toBe(subject.skill)
      }
      for (const key of [...subject.headlineFindings, ...subject.findings]) {
        expect(findingsByKey.has(key), `${id} cites ${key}`).toBe(true)
      }
    }
  })

  it('FAQs cite existing findings and attach to existing careers and skills', () => {
    for (const faq of faqs) {
      expect(faq.cites.length, faq.key).toBeGreaterThanOrEqual(1)
      for (const key of faq.cites) expect(findingsByKey.has(key), `${faq.key} cites ${key}`).toBe(true)
      for (const slug of faq.careers) expect(careerSlugs.has(slug), `${faq.key}: ${slug}`).toBe(true)
      for (const slug of faq.skills) expect(skillSlugs.has(slug), `${faq.key}: ${slug}`).toBe(true)
    }
  })
})

describe('seed data: shapes the pages rely on', () => {
  it('derives every skill slug from its name', () => {
    for (const skill of skills) expect(skill.slug, skill.name).toBe(slugify(skill.name))
  })

  it('gives each career valid-looking taxonomy codes', () => {
    for (const career of careers) {
      expect(career.taxonomy.onetSoc, career.slug).toMatch(/^\d{2}-\d{4}\.\d{2}$/)
      expect(career.taxonomy.isco08, career.slug).toMatch(/^\d{4}$/)
    }
  })

  it('gives each subject complete content', () => {
    for (const subject of careerSkills) {
      const id = subjectId(subject)
      expect(subject.pairings.length, id).toBeGreaterThanOrEqual(2)
      expect(subject.pairings.length, id).toBeLessThanOrEqual(4)
      expect(subject.adjacentQuestions.length, id).toBeGreaterThanOrEqual(3)
      expect(subject.adjacentQuestions.length, id).toBeLessThanOrEqual(4)
      for (const question of subject.adjacentQuestions) expect(question.trim(), id).toMatch(/\?$/)
      expect(subject.screening.map((entry) => entry.stage).sort(), id).toEqual([...stages].sort())
    }
  })

  it('answers each page with a verdict that agrees with its funnel role', () => {
    for (const subject of careerSkills) {
      const mismatch = importanceMismatch({
        importance: subject.verdict.importance,
        funnelRole: subject.funnelRole.value,
      })
      expect(mismatch, subjectId(subject)).toBeNull()
    }
  })

  it('puts only direct evidence on headline cards, and no finding both direct and context', () => {
    for (const subject of careerSkills) {
      const id = subjectId(subject)
      const context = new Set(subject.contextFindings)
      for (const key of [...subject.headlineFindings, ...subject.findings]) {
        expect(context.has(key), `${id}: ${key} is both direct and context`).toBe(false)
      }
      expect(subject.findings.length + subject.contextFindings.length, id).toBeGreaterThan(0)
    }
  })

  it('ties every finding-based rating to an existing finding, and only those', () => {
    for (const subject of careerSkills) {
      for (const rating of [
        subject.funnelRole,
        subject.salaryUplift,
        subject.learningRamp,
        subject.applicability,
      ]) {
        if (rating.basis === 'finding') {
          expect(rating.finding, subjectId(subject)).toBeDefined()
          expect(findingsByKey.has(rating.finding ?? ''), `${subjectId(subject)} → ${rating.finding}`).toBe(
            true,
          )
        } else {
          expect(rating.finding, subjectId(subject)).toBeUndefined()
        }
      }
    }
  })

  it('keeps source metadata well-formed', () => {
    for (const source of sources) {
      if (source.doi !== undefined) expect(source.doi, source.key).toMatch(/^10\.\d{4,9}\/\S+$/)
      expect(source.url, source.key).toMatch(/^https:\/\//)
      expect(source.authors.length, source.key).toBeGreaterThan(0)
      if (source.publishedDate !== undefined)
        expect(source.publishedDate, source.key).toMatch(/^\d{4}-\d{2}-\d{2}$/)
      if (source.verification === 'unverified') expect(source.verificationNote, source.key).toBeTruthy()
    }
  })
})

describe('seed data: no placeholders or empty values', () => {
  const placeholderWord = /\b(unknown|tbd|n\/a|lorem|undefined|null|nan)\b/i
  const strayDot = /(^|\s)\.(\s|$)|\s[.,;:](?=\s|$)/
  const strings = Object.entries(allRecords).flatMap(([collection, records]) =>
    stringsIn(records, collection),
  )

  it('has no empty strings', () => {
    for (const { path, text } of strings) expect(text.trim(), path).not.toBe('')
  })

  it('has no placeholder words', () => {
    for (const { path, text } of strings) expect(text, path).not.toMatch(placeholderWord)
  })

  it('has no dangling punctuation where a number or word went missing', () => {
    for (const { path, text } of strings) expect(text, path).not.toMatch(strayDot)
  })

  it('has only finite numbers', () => {
    for (const finding of findings) {
      for (const number of finding.numbers) expect(Number.isFinite(number.value), finding.key).toBe(true)
    }
  })
})

describe('seed data: numbers trace to findings', () => {
  function expectListed(finding: FindingSeed, text: string): void {
    const listed = finding.numbers.map((n) => n.value)
    for (const value of numbersIn(text)) {
      expect(
        listed.some((candidate) => sameNumber(candidate, value)),
        `${finding.key}: ${value} in “${text}”`,
      ).toBe(true)
    }
  }

  it('lists every headline number in the finding’s numbers', () => {
    for (const finding of findings) {
      expect(finding.headline.length, finding.key).toBeLessThanOrEqual(70)
      expect(numbersIn(finding.headline).length, finding.key).toBeGreaterThan(0)
      expectListed(finding, finding.headline)
    }
  })

  it('lists every statement number in the finding’s numbers', () => {
    for (const finding of findings) expectListed(finding, finding.statement)
  })

  it('uses in each FAQ answer only numbers from the findings it cites', () => {
    for (const faq of faqs) {
      const cited = findingNumbers(faq.cites)
      for (const value of numbersIn(faq.answer)) {
        expect(
          cited.some((candidate) => sameNumber(candidate, value)),
          `${faq.key}: ${value}`,
        ).toBe(true)
      }
      const sentences = faq.answer.split(/(?<=[.!?])\s+/).filter(Boolean)
      expect(sentences.length, faq.key).toBeGreaterThanOrEqual(2)
      expect(sentences.length, faq.key).toBeLessThanOrEqual(4)
    }
  })

  it('uses in career-skill prose only numbers from that subject’s findings', () => {
    for (const subject of careerSkills) {
      const ratingFindings = [
        subject.funnelRole,
        subject.salaryUplift,
        subject.learningRamp,
        subject.applicability,
      ]
        .map((rating) => rating.finding)
        .filter((key): key is string => key !== undefined)
      const cited = citedNumbersOf({
        findings: [
          ...subject.headlineFindings,
          ...subject.findings,
          ...subject.contextFindings,
          ...ratingFindings,
        ].map((key) => findingsByKey.get(key)!),
      })
      for (const text of subjectProse(subject)) {
        expect(uncitedNumbers({ text, citedNumbers: cited }), `${subjectId(subject)}: “${text}”`).toEqual([])
      }
    }
  })

  it('keeps uncited numbers out of career and skill summaries', () => {
    for (const career of careers) expect(numbersIn(career.summary), career.slug).toEqual([])
    for (const skill of skills) expect(numbersIn(skill.summary), skill.slug).toEqual([])
  })
})

describe('seed data: no boilerplate across subjects', () => {
  it('shares no sentence of eight or more words between two career-skill subjects', () => {
    const seenIn = new Map<string, string>()
    for (const subject of careerSkills) {
      const id = subjectId(subject)
      for (const sentence of new Set(subjectProse(subject).flatMap(sentencesOf))) {
        const other = seenIn.get(sentence)
        expect(other === undefined || other === id, `“${sentence}” in ${other} and ${id}`).toBe(true)
        seenIn.set(sentence, id)
      }
    }
  })

  it('names the subject’s own skill in its summary', () => {
    for (const subject of careerSkills) {
      const name = skills.find((skill) => skill.slug === subject.skill)?.name ?? subject.skill
      expect(subject.summary.toLowerCase(), subjectId(subject)).toContain(name.toLowerCase())
    }
  })
})

describe('seed data: the backend-developer × BentoML page', () => {
  const subject = careerSkills.find((s) => s.career === 'backend-developer' && s.skill === 'bentoml')

  it('exists', () => {
    expect(subject).toBeDefined()
  })

  it('does not lead with the three studies of the page it replaces: none of them is about BentoML', () => {
    expect(subject?.headlineFindings).toEqual([])
    expect(subject?.findings).toEqual([])
    const cited = [...(subject?.contextFindings ?? [])].map((key) => findingsByKey.get(key)?.source)
    for (const source of ['noy-zhang-2023', 'indeed-ai-at-work-2025', 'wef-future-of-jobs-2025']) {
      expect(cited).not.toContain(source)
    }
    expect(subject?.verdict.rationale).toMatch(/No cited study measures BentoML/)
  })

  it('keeps the real Noy & Zhang, Indeed and WEF numbers in their findings', () => {
    const values = (key: string) => findingsByKey.get(key)?.numbers.map((n) => Math.abs(n.value))
    expect(values('noy-zhang-writing-speed-quality')).toEqual(expect.arrayContaining([453, 40, 18]))
    expect(values('indeed-postings-highly-transformed')).toEqual(expect.arrayContaining([2900, 26]))
    expect(values('wef-jobs-created-displaced')).toEqual(expect.arrayContaining([170, 92, 78]))
  })

  it('uses adjacent skills that belong with model serving', () => {
    const bentoml = skills.find((skill) => skill.slug === 'bentoml')
    expect(bentoml?.adjacent).toEqual(expect.arrayContaining(['docker', 'model-serving']))
  })
})
