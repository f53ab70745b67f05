import { type Author, shortAuthors } from '../citations/authors'
import { CERTAINTY_GRADES, type CertaintyGrade } from './model/certaintyGrades'
import type { EvidenceRelation } from './model/evidenceRelation'
import { isMachineLearningSource } from './model/flags'
import type { AnswerBasis } from './model/verdict'
import { readerLabel } from './model/vocabulary'

/** What certainty needs of a cited source: the provenance fields of the Sources collection. */
export type CertaintySource = {
  id?: string | number
  authors: Author[]
  year: number
  provenance: {
    sourceType: string
    studyDesign: string
    sampleSize?: number | null
    conflictOfInterest?: string | null
    /** For a meta-analysis: the design of the studies it pools. Unknown pools start as observational. */
    pooledDesign?: string | null
  }
  verification?: { status?: string | null } | null
}

/** A finding cited on the page, reduced to what grades it: its source and how it bears on the question. */
export type CitedStudy = { relation: EvidenceRelation; source: CertaintySource }

/** A fact from a released dataset cited on the page, e.g. O*NET's Hot Technology flag. */
export type CitedFact = {
  relation: EvidenceRelation
  /** How a sentence names it: "the O*NET Hot Technology flag for BentoML". */
  label: string
  /** The dataset's note of how the value was made; "Machine Learning" counts against it. */
  domainSource?: string | null
}

export type CertaintyOverride = { grade: CertaintyGrade; reason: string }

export type CertaintyInput = {
  /** How sentences name the page's question: { skill: 'BentoML', career: 'backend developers' }. */
  subject: { skill: string; career: string }
  findings?: CitedStudy[]
  datasetFacts?: CitedFact[]
  /** A reviewer's grade; it replaces the computed one and its reason is shown with the others. */
  override?: CertaintyOverride | null
}

export type Certainty = {
  grade: CertaintyGrade
  basis: AnswerBasis
  /** The grade the deciding evidence starts at, from its design; null when nothing was cited. */
  startingPoint: CertaintyGrade | null
  /** Plain sentences, each naming the source or fact it is about. */
  reasons: string[]
  /** The grade before any override. */
  computedGrade: CertaintyGrade
  override: CertaintyOverride | null
}

/** Sample sizes below this give intervals too wide to rely on; unknown sizes count as below it. */
export const IMPRECISION_THRESHOLD = 100

/**
 * Levels lost when no cited evidence measures this skill or this career. GRADE allows one level for
 * serious indirectness and two for very serious; one is used so that a strong experiment about other
 * work still shows its strength, while its reason sentence says plainly that it is not about this skill.
 */
export const INDIRECTNESS_LEVELS = 1

/** Highest first, as GRADE writes them; a level down is one index on. */
const LADDER: CertaintyGrade[] = ['high', 'moderate', 'low', 'very-low']

const down = (grade: CertaintyGrade, levels: number): CertaintyGrade =>
  LADDER[Math.min(LADDER.indexOf(grade) + levels, LADDER.length - 1)]!

const label = (grade: CertaintyGrade) => readerLabel(CERTAINTY_GRADES, grade)

const RANDOMIZED = new Set(['randomized-experiment', 'pre-registered'])

/**
 * Where a design starts, per GRADE: randomized and pre-registered experiments (and meta-analyses that
 * pool them) start High; every observational design starts Low, including administrative data and
 * occupational databases, because nothing in them rules out confounding.
 */
const startOf = (provenance: CertaintySource['provenance']): { grade: CertaintyGrade; design: string } => {
  switch (provenance.studyDesign) {
    case 'randomized-experiment':
      return { grade: 'high', design: 'a randomized experiment' }
    case 'pre-registered':
      return { grade: 'high', design: 'a pre-registered experiment' }
    case 'meta-analysis':
      return RANDOMIZED.has(provenance.pooledDesign ?? '')
        ? { grade: 'high', design: 'a meta-analysis of randomized experiments' }
        : { grade: 'low', design: 'a meta-analysis not recorded as pooling randomized experiments' }
    case 'cohort':
      return { grade: 'low', design: 'an observational cohort study' }
    case 'cross-sectional-survey':
      return { grade: 'low', design: 'a cross-sectional survey, an observational design' }
    case 'retrospective-survey':
      return { grade: 'low', design: 'a retrospective survey, an observational design' }
    case 'administrative-data':
      return { grade: 'low', design: 'an observational study of administrative data' }
    case 'report':
      return { grade: 'low', design: 'a descriptive report, an observational design' }
    default:
      return { grade: 'very-low', design: 'a work whose study design is not recorded' }
  }
}

/** Source types whose content no independent reviewer checked before publication. */
const UNREVIEWED: Record<string, string> = {
  preprint: 'is a preprint',
  news: 'is a news report',
  'first-party-institutional': 'is first-party research, published by its own authors',
  'vendor-survey': 'is a vendor survey, published by the vendor',
}

type Domain = 'risk of bias' | 'imprecision' | 'lack of peer review'

/** One study or fact, graded on its own before the page's evidence is weighed together. */
type Assessed = {
  name: string
  kind: 'study' | 'fact'
  relation: EvidenceRelation
  start: CertaintyGrade
  startReason: string
  downgrades: { domain: Domain; reason: string }[]
  grade: CertaintyGrade
}

const and = (parts: string[]) =>
  parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`

const assessStudy = ({ relation, source }: CitedStudy, name: string): Assessed => {
  const { provenance } = source
  const start = startOf(provenance)
  const downgrades: Assessed['downgrades'] = []

  const biases = [
    provenance.sourceType === 'vendor-survey' ? 'is a vendor survey' : null,
    provenance.conflictOfInterest?.trim() ? 'declares a conflict of interest' : null,
    provenance.studyDesign === 'retrospective-survey' ? 'relies on people recalling past events' : null,
    source.verification?.status === 'disputed' ? 'is disputed' : null,
  ].filter((part): part is string => Boolean(part))
  if (biases.length) downgrades.push({ domain: 'risk of bias', reason: `${name} ${and(biases)}.` })

  const n = provenance.sampleSize
  if (typeof n !== 'number' || !Number.isFinite(n)) {
    downgrades.push({ domain: 'imprecision', reason: `${name} does not record its sample size.` })
  } else if (n < IMPRECISION_THRESHOLD) {
    downgrades.push({
      domain: 'imprecision',
      reason: `${name} has a sample of ${n}, below ${IMPRECISION_THRESHOLD}.`,
    })
  }

  const unreviewed = UNREVIEWED[provenance.sourceType]
  if (unreviewed) downgrades.push({ domain: 'lack of peer review', reason: `${name} ${unreviewed}.` })

  return {
    name,
    kind: 'study',
    relation,
    start: start.grade,
    startReason: `Starts at ${label(start.grade)}: ${name} is ${start.design}.`,
    downgrades,
    grade: down(start.grade, downgrades.length),
  }
}

/**
 * A dataset fact is an observation from an occupational database: it starts Low. It is a recorded
 * value for the whole occupation rather than an estimate from a sample, so imprecision does not apply,
 * and released government datasets carry their own review; a machine-learning estimate is a risk of bias.
 */
const assessFact = ({ relation, label: name, domainSource }: CitedFact): Assessed => {
  const downgrades: Assessed['downgrades'] = isMachineLearningSource(domainSource)
    ? [{ domain: 'risk of bias', reason: `${name} was estimated by a machine-learning model.` }]
    : []
  return {
    name,
    kind: 'fact',
    relation,
    start: 'low',
    startReason: `Starts at Low: ${name} is a fact from an occupational database, an observational source.`,
    downgrades,
    grade: down('low', downgrades.length),
  }
}

const studyName = (source: CertaintySource) => `${shortAuthors(source.authors)} (${source.year})`

/** Each cited source once, however many of its findings the page cites; retracted ones set aside. */
const distinctStudies = (findings: CitedStudy[]) => {
  const byKey = new Map<string, CitedStudy>()
  for (const finding of findings) {
    const key = String(finding.source.id ?? studyName(finding.source))
    const seen = byKey.get(key)
    // A source cited both directly and as context counts as direct evidence.
    if (!seen || (seen.relation === 'context' && finding.relation === 'direct')) byKey.set(key, finding)
  }
  const studies = [...byKey.values()]
  return {
    usable: studies.filter((study) => study.source.verification?.status !== 'retracted'),
    retracted: studies.filter((study) => study.source.verification?.status === 'retracted'),
  }
}

const counted = (items: Assessed[]) => {
  const studies = items.filter((item) => item.kind === 'study').length
  const facts = items.length - studies
  const noun = (n: number, one: string, many: string) => (n === 1 ? one : many)
  return and([
    ...(studies ? [`${studies} cited ${noun(studies, 'study', 'studies')}`] : []),
    ...(facts ? [`${facts} cited dataset ${noun(facts, 'fact', 'facts')}`] : []),
  ])
}

/** Which evidence carries the answer: direct evidence if any is cited, and within it the strongest. */
const weigh = (items: Assessed[]) => {
  const direct = items.filter((item) => item.relation === 'direct')
  const body = direct.length ? direct : items
  // GRADE rates on the best evidence available: weaker studies beside a strong one do not pull it down.
  const best = body.reduce((top, item) =>
    LADDER.indexOf(item.grade) < LADDER.indexOf(top.grade) ? item : top,
  )
  return { best, indirect: direct.length === 0, weighed: body.length, setAside: items.length - body.length }
}

const indirectnessReason = (
  items: Assessed[],
  best: Assessed,
  { skill, career }: CertaintyInput['subject'],
) =>
  items.length === 1
    ? `Downgraded for indirectness: ${best.name} does not measure ${skill} or ${career}.`
    : `Downgraded for indirectness: none of the ${counted(items)} measures ${skill} or ${career}.`

const computed = ({ subject, findings = [], datasetFacts = [] }: CertaintyInput) => {
  const { usable, retracted } = distinctStudies(findings)
  const leftOut = retracted.map(
    ({ source }) => `Left out: ${studyName(source)} is retracted, so it counts for nothing.`,
  )
  const items = [
    ...usable.map((study) => assessStudy(study, studyName(study.source))),
    ...datasetFacts.map(assessFact),
  ]
  if (items.length === 0) {
    return {
      grade: 'very-low' as const,
      basis: 'editorial-judgement' as const,
      startingPoint: null,
      reasons: [
        'Nothing cited measures this question, so the answer is editorial judgement and its certainty is Very low.',
        ...leftOut,
      ],
    }
  }

  const { best, indirect, weighed, setAside } = weigh(items)
  const reasons = [
    best.startReason,
    ...(indirect ? [indirectnessReason(items, best, subject)] : []),
    ...best.downgrades.map(({ domain, reason }) => `Downgraded for ${domain}: ${reason}`),
    ...(weighed > 1
      ? [`Graded on the strongest evidence cited, ${best.name}; the other evidence grades the same or lower.`]
      : []),
    ...(setAside
      ? ['Context evidence does not count towards the grade, because direct evidence is cited.']
      : []),
    ...leftOut,
  ]
  const basis: AnswerBasis = indirect
    ? 'indirect-evidence'
    : best.kind === 'fact'
      ? 'dataset'
      : 'direct-evidence'
  return {
    grade: down(best.grade, indirect ? INDIRECTNESS_LEVELS : 0),
    basis,
    startingPoint: best.start,
    reasons,
  }
}

/**
 * The certainty of an evidence page's answer, GRADE-style, from the provenance of what the page cites.
 * Start from the study design of the strongest evidence (direct evidence if any is cited), then lose
 * one level each for indirectness, risk of bias, imprecision and lack of peer review, never below
 * Very low. A reviewer's override with a reason replaces the grade; the computed reasons stay.
 */
export const certaintyOf = (input: CertaintyInput): Certainty => {
  const result = computed(input)
  const override = input.override?.reason.trim() ? input.override : null
  if (!override) return { ...result, computedGrade: result.grade, override: null }
  return {
    ...result,
    grade: override.grade,
    computedGrade: result.grade,
    override,
    reasons: [
      ...result.reasons,
      `Set to ${label(override.grade)} by a reviewer (computed: ${label(result.grade)}): ${override.reason.trim()}`,
    ],
  }
}
