import { SOURCE_TYPES, STUDY_DESIGNS, VERIFICATION_STATUSES } from '../../collections/Sources/options'
import { TOPICS } from '../../fields/topic'

type Option = { label: string; value: string }

const lookup = (options: readonly Option[]) => {
  const labels = new Map(options.map(({ value, label }) => [value, label]))
  return (value: string): string => labels.get(value) ?? value
}

export const sourceTypeLabel = lookup(SOURCE_TYPES)
export const studyDesignLabel = lookup(STUDY_DESIGNS)
export const verificationLabel = lookup(VERIFICATION_STATUSES)
export const topicLabel = lookup(TOPICS)

export const certaintyLabel = lookup([
  { value: 'high', label: 'High certainty' },
  { value: 'moderate', label: 'Moderate certainty' },
  { value: 'low', label: 'Low certainty' },
  { value: 'very-low', label: 'Very low certainty' },
])

export const demandLabel = lookup([
  { value: 'critical-shortage', label: 'Critical shortage' },
  { value: 'shortage', label: 'Shortage' },
  { value: 'balanced', label: 'Balanced' },
  { value: 'surplus', label: 'Surplus' },
])

export const skillKindLabel = lookup([
  { value: 'language', label: 'Language' },
  { value: 'framework-or-tool', label: 'Framework or tool' },
  { value: 'platform', label: 'Platform' },
  { value: 'method', label: 'Method' },
  { value: 'domain', label: 'Domain knowledge' },
  { value: 'interpersonal', label: 'Interpersonal' },
  { value: 'technology', label: 'Technology' },
])

export const stageLabel = lookup([
  { value: 'entry', label: 'Entry level' },
  { value: 'mid', label: 'Mid-level' },
  { value: 'senior', label: 'Senior' },
  { value: 'staff-principal', label: 'Staff and principal' },
])

/** The four ratings of an evidence page: what each asks, and how its values read. */
export const RATING_TEXT = {
  funnelRole: {
    label: 'Funnel role',
    question: 'Does lacking it stop a candidate, or does having it multiply their value?',
    values: lookup([
      { value: 'gatekeeper', label: 'Gatekeeper' },
      { value: 'force-multiplier', label: 'Force multiplier' },
    ]),
  },
  salaryUplift: {
    label: 'Salary uplift',
    question: 'Which pay band the skill is associated with in this role.',
    values: lookup([
      { value: 'low', label: 'Low band' },
      { value: 'moderate', label: 'Moderate band' },
      { value: 'high', label: 'High band' },
    ]),
  },
  learningRamp: {
    label: 'Learning ramp',
    question: 'How long it takes to become useful with it.',
    values: lookup([
      { value: 'gentle', label: 'Gentle' },
      { value: 'moderate', label: 'Moderate' },
      { value: 'steep', label: 'Steep' },
    ]),
  },
  applicability: {
    label: 'Applicability',
    question: 'How far it carries beyond this career.',
    values: lookup([
      { value: 'narrow', label: 'Narrow' },
      { value: 'role-specific', label: 'Role-specific' },
      { value: 'broad', label: 'Broad' },
    ]),
  },
} as const

export type RatingKey = keyof typeof RATING_TEXT
