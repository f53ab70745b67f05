/** Where one imported figure came from: the release file, and the row's own Date and Domain Source. */
export type OnetProvenance = {
  file: string
  /** 'MM/YYYY' as released. */
  date: string | null
  /** 'Incumbent', 'Analyst', 'Occupational Expert', 'Machine Learning', or another value as released. */
  domainSource: string | null
}

export type RiasecKey = 'R' | 'I' | 'A' | 'S' | 'E' | 'C'

export type JobZoneNumber = 1 | 2 | 3 | 4 | 5

export type OnetAlternateTitle = { title: string; shortTitle: string | null; sources: string[] }

export type OnetTask = {
  id: string
  statement: string
  type: 'Core' | 'Supplemental' | null
  incumbentsResponding: number | null
  provenance: OnetProvenance
}

export type OnetInterests = {
  /** Occupational Interest scores, 1–7. */
  scores: Record<RiasecKey, number>
  /** The first, second and third interest high-points as letters, e.g. 'ICR'; fewer when O*NET gives none. */
  highPoint: string
  provenance: OnetProvenance
}

export type OnetRelatedOccupation = { code: string; tier: string; index: number }

export type OnetTechnology = {
  example: string
  commodityCode: string
  commodityTitle: string
  hot: boolean
  inDemand: boolean
}

export type OnetOccupation = {
  /** O*NET-SOC code, e.g. '15-1252.00'. */
  code: string
  title: string
  description: string
  alternateTitles: OnetAlternateTitle[]
  jobZone: { zone: JobZoneNumber; provenance: OnetProvenance } | null
  tasks: OnetTask[]
  interests: OnetInterests | null
  /** Sorted by index. */
  related: OnetRelatedOccupation[]
  technologies: OnetTechnology[]
}

export type JobZoneReference = {
  zone: JobZoneNumber
  name: string
  experience: string
  education: string
  training: string
  examples: string
  svpRange: string
}

export type OnetRejection = {
  file: string
  /** 1-based physical line; 0 when the whole file is missing. */
  line: number
  reason: string
}

export type OnetFileSummary = {
  name: string
  sha256: string
  bytes: number
  /** Data rows accepted. */
  rows: number
}

export type OnetRelease = {
  /** '29.2', read from 'Read Me.txt'. */
  version: string
  /** 'February 2025 Release'. */
  releaseLabel: string
  /** The Read Me's address for this release alone, or null (see ReleaseIdentity). */
  releaseUrl: string | null
  folder: string
  files: OnetFileSummary[]
  /** Sorted by code. */
  occupations: OnetOccupation[]
  jobZones: JobZoneReference[]
  rejected: OnetRejection[]
}

export type OnetReadProgress = { file: string; rows: number; done: boolean }
