import type { InstrumentItem } from '../../lib/assessment/instrument'

/** A recommendation rule as demo content: careers and skills by slug, the finding by its key. */
export type RuleSeed = {
  career?: string
  skill?: string
  dimension?: string
  reason: string
  finding: string
}

/** An instrument as demo content; norms are computed from the synthetic sample when seeding. */
export type AssessmentSeed = {
  slug: string
  title: string
  kind: 'matching' | 'skill-level'
  /** A skill-level instrument's skill, by slug: its evidence pages link to the instrument. */
  skill?: string
  summary: string
  instructions: string
  estimatedMinutes: number
  scaleLabels: { value: number; label: string }[]
  dimensions: { key: string; label: string; description: string }[]
  items: InstrumentItem[]
  rules: RuleSeed[]
  /** How the demo reference sample is generated (deterministic, so every install gets the same one). */
  synthetic: { seed: number; respondents: number; retakes: number; sharedFactor: number }
}
