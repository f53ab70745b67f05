import type { OnetFileSummary, OnetRejection } from '../release/types'
import type { HeldBack } from './plan'

export type ImportCounts = { created: number; updated: number; unchanged: number; rejected: number }

export type Difference = {
  kind: 'career' | 'skill'
  action: 'create' | 'update'
  key: string
  label: string
  fields: string[]
}

/** Everything a run found and did: printed as one line, or whole with `--json`, and kept on the import. */
export type ImportReport = {
  mode: 'dry-run' | 'review' | 'trusted'
  dataset: string
  version: string
  releaseLabel: string
  folder: string
  files: OnetFileSummary[]
  counts: ImportCounts
  careers: { created: number; updated: number; unchanged: number }
  skills: { created: number; updated: number; unchanged: number; matchedCurated: number }
  rejected: OnetRejection[]
  heldBack: HeldBack[]
  differences: Difference[]
  durationMs: number
  /** Processor time the run used (user + system), which a busy machine does not inflate. */
  cpuMs: number
  /** The import document recorded, when something was written. */
  importId: string | null
  status: string
  /** Set when nothing was written, with the reason. */
  refused: string | null
}

/** The line every run ends with. */
export const summaryLine = ({ counts }: Pick<ImportReport, 'counts'>): string =>
  `created=${counts.created} updated=${counts.updated} unchanged=${counts.unchanged} rejected=${counts.rejected}`
