import type { DomainSourceView } from '../onet/domainSources'
import type { CareerLink } from './types'

/** Display shapes of the O*NET facts a career page shows, built by `shape/occupation.ts`. */

/** How one figure was obtained and when: the release's Domain Source and Date. */
export type FactProvenance = { source: DomainSourceView | null; date: string | null }

export type TaskView = { id: string; statement: string; provenance: FactProvenance }

export type JobZoneView = {
  zone: number
  /** "Job Zone Four: Considerable Preparation Needed". */
  name: string | null
  education: string | null
  experience: string | null
  training: string | null
  provenance: FactProvenance
}

export type InterestScoreView = { letter: string; name: string; description: string; score: number }

export type InterestProfileView = {
  /** All six areas in RIASEC order, each scored 1 (low) to 7 (high). */
  scores: InterestScoreView[]
  /** The strongest areas, strongest first, e.g. "ICR"; null when the release names none. */
  highPoint: { code: string; areas: { letter: string; name: string }[] } | null
  provenance: FactProvenance
}

export type TechnologyView = {
  name: string
  /** The technology's own page, when it is published. */
  href: string | null
  commodity: string
  hot: boolean
  inDemand: boolean
}

export type TechnologiesView = {
  total: number
  /** In demand or hot, in demand first: what employers ask for. */
  marked: TechnologyView[]
  /** The others, grouped by kind of technology (UNSPSC commodity), largest group first. */
  others: { commodity: string; items: TechnologyView[] }[]
}

export type DatasetView = {
  /** "O*NET 29.2 Database". */
  title: string
  version: string
  /** The source page with the dataset's provenance and licence. */
  href: string
  /** The credit the licence asks for, worded as O*NET prescribes. */
  attribution: string
}

export type JobFamilyLink = { code: string; title: string; href: string }

export type OccupationView = {
  title: string
  /** O*NET-SOC code, e.g. "15-1252.00". */
  code: string
  href: string
  family: JobFamilyLink | null
  description: string | null
  tasks: TaskView[]
  jobZone: JobZoneView | null
  interests: InterestProfileView | null
  technologies: TechnologiesView
  alternateTitles: { total: number; shown: string[] }
  /** Related occupations that are published here, in O*NET's order of relatedness. */
  related: CareerLink[]
}
