import type {
  CareerStage,
  CertaintyGrade,
  DatasetFact,
  DemandProfile,
  Importance,
  RatingValue,
  SkillKind,
  SourceType,
  StudyDesign,
  Topic,
} from '../../lib/evidence/model'

export type { CareerStage, DemandProfile, SkillKind, SourceType, StudyDesign }
export type Certainty = CertaintyGrade
export type FindingTopic = Topic

/**
 * Shapes of the demo content. Records point at each other by stable keys (slugs for careers and
 * skills, `key` for sources, findings and FAQs); the seed resolves keys to database IDs.
 */

export type SourceSeed = {
  key: string
  title: string
  /** People: `name` is the family name, `given` the given names. Organisations: `name` only. */
  authors: { name: string; given?: string }[]
  /** Journal, publisher or issuing body. */
  venue: string
  volume?: string
  issue?: string
  pages?: string
  year: number
  /** ISO date (YYYY-MM-DD) when known. */
  publishedDate?: string
  /** Bare DOI such as `10.1126/science.adh2586`. */
  doi?: string
  url: string
  archiveUrl?: string
  /** ISO date (YYYY-MM-DD). */
  dateAccessed?: string
  licence?: string
  sourceType: SourceType
  /** A preprint's later peer-reviewed version, as far as its details were confirmed. */
  laterPublishedAs?: { venue: string; year: number; doi?: string; url?: string }
  studyDesign: StudyDesign
  sampleSize?: number
  sampleDescription?: string
  conflictOfInterest?: string
  /** `verified` only when every bibliographic detail above was checked against the work itself. */
  verification: 'verified' | 'unverified'
  verificationNote?: string
}

export type FindingSeed = {
  key: string
  source: string
  /** Short stat for a card, e.g. "−40% time, +18% quality". */
  headline: string
  statement: string
  numbers: { label: string; value: number; unit: string }[]
  topic: FindingTopic
  population: string
  scope: string
  certainty: Certainty
  limitations: string
}

export type SkillSeed = {
  slug: string
  name: string
  summary: string
  kind: SkillKind
  adjacent: string[]
  /** How datasets name the skill, so an import matches it instead of adding a duplicate. */
  aliases?: string[]
}

export type CareerSeed = {
  slug: string
  title: string
  summary: string
  demandProfile: DemandProfile
  /** Where the demand profile comes from: a cited finding (key) or an editorial judgement, with why. */
  demandBasis: { basis: 'finding' | 'editorial-judgement'; finding?: string; rationale: string }
  taxonomy: {
    /** O*NET-SOC 2019 code, e.g. 15-1252.00. */
    onetSoc: string
    onetTitle: string
    /** ESCO occupation preferred label. */
    escoLabel: string
    /** ISCO-08 unit group, four digits. */
    isco08: string
  }
  related: string[]
  skillClusters: { label: string; skills: string[] }[]
}

export type RatingBasis = 'finding' | 'dataset' | 'editorial-judgement'

export type RatingSeed<V extends string> = {
  value: V
  basis: RatingBasis
  /** Finding key, required when basis is `finding`. */
  finding?: string
  /** Required when basis is `dataset`: the fact of the career's O*NET occupation it rests on. */
  datasetFact?: DatasetFact
  rationale: string
}

export type CareerSkillSeed = {
  career: string
  skill: string
  /** One or two sentences under the page title, specific to this pair. */
  summary: string
  funnelRole: RatingSeed<RatingValue<'funnelRole'>>
  salaryUplift: RatingSeed<RatingValue<'salaryUplift'>>
  learningRamp: RatingSeed<RatingValue<'learningRamp'>>
  applicability: RatingSeed<RatingValue<'applicability'>>
  screening: { stage: CareerStage; howScreened: string }[]
  pairings: string[]
  /** The answer the page opens with: importance (essential only for a gatekeeper) and why. */
  verdict: { importance: Importance; rationale: string }
  /** Direct evidence for the stat cards, in display order; none where nothing cited measures the skill. */
  headlineFindings: string[]
  /** Direct evidence: findings that measure this skill or people in this career. */
  findings: string[]
  /** Context: findings about other work or the labour market, shown as such. */
  contextFindings: string[]
  scopeNote: string
  limitations: string
  adjacentQuestions: string[]
}

export type FaqSeed = {
  key: string
  question: string
  answer: string
  cites: string[]
  careers: string[]
  skills: string[]
  topic: FindingTopic
}
