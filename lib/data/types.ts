import type { ProvenanceFlagView, SourceNotice } from '../citations/provenance'
import type { RatingBasis } from '../evidence/model'
import type { RatingKey } from '../site/labels'
import type { Methodology } from './methodology'

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
  /** The full APA-style reference. */
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
  flags: ProvenanceFlagView[]
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

export type SkillLink = { name: string; slug: string; href: string }

export type CareerLink = { title: string; slug: string; href: string }

export type RatingView = {
  key: RatingKey
  label: string
  question: string
  value: string
  basis: RatingBasis
  rationale: string
  finding: FindingView | null
}

export type FaqView = { id: string; question: string; answer: string; cites: FindingView[] }

export type Taxonomy = { onetSoc: string; onetTitle: string | null; escoLabel: string; isco08: string }

export type CareerSummary = CareerLink & {
  summary: string
  demand: string
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
  headline: FindingView[]
  ratings: RatingView[]
  screening: { stage: string; howScreened: string }[]
  pairings: SkillLink[]
  adjacentSkills: SkillLink[]
  recursIn: EvidenceLink[]
  findings: FindingView[]
  methodology: Methodology | null
  scopeNote: string
  limitations: string
  adjacentQuestions: string[]
  faqs: FaqView[]
  /** Every source the page cites, numbered in order of first citation. */
  references: SourceView[]
  /** One notice per retracted or disputed source the page cites. */
  notices: PageNotice[]
}
