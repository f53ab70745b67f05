import type { SourceNotice } from '../citations/provenance'
import type { CitationFlag, LegendEntry } from '../evidence/flags'
import type {
  AnswerBasis,
  CertaintyGrade,
  DatasetFact,
  EvidenceRelation,
  Importance,
  RatingBasis,
} from '../evidence/model'
import type { RatingKey } from '../site/labels'

/** Display shapes the components render. Built from Payload documents by the adapters in `shape/`. */

export type SourceView = {
  id: string
  href: string
  /** "Noy & Zhang, Science 381(6654)". */
  label: string
  year: number
  title: string
  /** "Noy, S., & Zhang, W." */
  authors: string
  /** The full APA-style reference, with a report's number. */
  citation: string
  /** DOI resolver or URL: where a reader checks the work. */
  link: string
  doi: string | null
  url: string
  archiveUrl: string | null
  publishedDate: string | null
  dateAccessed: string | null
  licence: string | null
  sourceType: string
  studyDesign: string
  sampleSize: number | null
  sampleDescription: string | null
  conflictOfInterest: string | null
  verification: string
  verificationNote: string | null
  /** A preprint's peer-reviewed version: "Science (2024)", with where to read it. */
  laterPublishedAs: { label: string; href: string | null } | null
  /** Every flag a citation of this source shows in text, from `citationFlags`, in its fixed order. */
  flags: CitationFlag[]
  notice: SourceNotice | null
}

/** A retracted or disputed source's notice, as a page citing it shows it. */
export type PageNotice = SourceNotice & { sourceId: string; href: string }

export type FindingView = {
  id: string
  headline: string
  statement: string
  population: string
  scope: string
  certainty: string
  limitations: string
  source: SourceView
}

/** How a finding cited on an evidence page bears on the page's question, in the reader's words. */
export type RelationView = { value: EvidenceRelation; label: string }

/** A finding as an evidence page cites it: direct evidence (cards, numbered findings) or context. */
export type PageFindingView = FindingView & { relation: RelationView }

export type SkillLink = { name: string; slug: string; href: string }

export type CareerLink = { title: string; slug: string; href: string }

/** One step of an ordinal scale, highest first in a legend; `current` marks the page's value. */
export type ScaleStep = { value: string; label: string; legend: string; current: boolean }

/** Where a rating, a demand profile or a verdict comes from, in words, with what the words mean. */
export type BasisView<V extends string = string> = { value: V; label: string; legend: string | null }

/** A fact of a released dataset as a page cites it, credited and linked to the dataset's source page. */
export type DatasetFactView = {
  key: DatasetFact
  /** "O*NET Hot Technology". */
  label: string
  /** "O*NET marks SQL a Hot Technology for Software Developers". */
  statement: string
  legend: string
  /** The dataset's own source record with its flags; null when it is not published. */
  source: SourceView | null
  /** The credit the dataset's licence asks for. */
  attribution: string
}

/** What a rating or a demand profile cites: a finding, a dataset fact, or nothing but a judgement. */
export type BasisCitation<F extends FindingView = FindingView> =
  | { kind: 'finding'; finding: F }
  | { kind: 'dataset'; fact: DatasetFactView }
  | { kind: 'editorial-judgement' }

export type RatingView = {
  key: RatingKey
  label: string
  question: string
  /** What rises along the scale, in one sentence. */
  scale: string
  /** The page's value in the reader's words ("Low band"). */
  value: string
  /** Every value of the scale with its meaning, highest first. */
  steps: ScaleStep[]
  basis: BasisView<RatingBasis>
  rationale: string
  /** A cited finding says whether it is direct evidence or context for the page's question. */
  citation: BasisCitation<PageFindingView>
}

/** The answer an evidence page opens with: importance on its scale, its basis and certainty. */
export type VerdictView = {
  /** "How important is BentoML for a Backend Developer?" */
  question: string
  importance: { value: Importance; label: string; legend: string }
  /** All four importance values, highest first, the page's own marked. */
  steps: ScaleStep[]
  rationale: string
  basis: BasisView<AnswerBasis>
  /** False when no cited study measures this skill or career; the page then says so in words. */
  hasDirectEvidence: boolean
  /** The sentence saying there is no direct evidence; null when there is. */
  noDirectEvidence: string | null
  certainty: {
    grade: CertaintyGrade
    label: string
    legend: string
    /** Why the computed grade is what it is, one sentence each. */
    reasons: string[]
    /** Set when a reviewer overruled the computed grade. */
    override: { label: string; computedLabel: string; reason: string } | null
  }
}

/** A curated career's demand profile with where it comes from. */
export type DemandView = {
  value: string
  basis: BasisView<RatingBasis>
  rationale: string
  citation: BasisCitation
}

/** A skill's own assessment, linked from its evidence pages; never its statistics. */
export type AssessmentLink = { title: string; href: string }

export type FaqView = { id: string; question: string; answer: string; cites: FindingView[] }

export type Taxonomy = { onetSoc: string; onetTitle: string | null; escoLabel: string; isco08: string }

export type CareerSummary = CareerLink & {
  summary: string
  /** Null for a career that states no demand (an imported occupation). */
  demand: DemandView | null
  taxonomy: Taxonomy
  clusters: { label: string; skills: SkillLink[] }[]
}

export type SkillSummary = SkillLink & { summary: string; kind: string }

/** One ready evidence page as the lists link to it. */
export type EvidenceLink = {
  href: string
  career: CareerLink
  skill: SkillLink
  summary: string
  /** The verdict in a word: "Useful". */
  importance: string
  funnelRole: string
  updatedAt: string
}

export type EvidencePageView = {
  href: string
  title: string
  summary: string
  updatedAt: string
  publishedAt: string
  career: CareerSummary
  skill: SkillSummary
  /** How sentences name the question: { skill: 'BentoML', career: 'backend developers' }. */
  subject: { skill: string; career: string }
  verdict: VerdictView
  /** Direct evidence only. */
  headline: PageFindingView[]
  ratings: RatingView[]
  screening: { stage: string; howScreened: string }[]
  pairings: SkillLink[]
  adjacentSkills: SkillLink[]
  /** The first RECURRENCES_SHOWN other careers with a page on the skill, by title. */
  recursIn: EvidenceLink[]
  /** How many other careers have one in all. */
  recursInTotal: number
  /** Direct evidence, numbered. */
  findings: PageFindingView[]
  /** Studies that do not measure this skill or career, shown under a heading that says so. */
  context: PageFindingView[]
  /** The skill's own assessment, when one exists; a plain link. */
  assessment: AssessmentLink | null
  scopeNote: string
  limitations: string
  adjacentQuestions: string[]
  faqs: FaqView[]
  /** Every source the page cites, numbered in order of first citation. */
  references: SourceView[]
  /** One notice per retracted or disputed source the page cites. */
  notices: PageNotice[]
  /** What each flag shown on the page means; only the flags the page shows. */
  flagLegend: LegendEntry[]
}
