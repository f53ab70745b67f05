import type { ValueOf, Vocabulary } from './vocabulary'

/** What kind of work a source is; decides its review and vendor flags. */
export const SOURCE_TYPES = [
  { label: 'Peer-reviewed', value: 'peer-reviewed' },
  { label: 'Government filing', value: 'government-filing' },
  { label: 'Government dataset', value: 'government-dataset' },
  { label: 'Court order', value: 'court-order' },
  { label: 'First-party institutional research', value: 'first-party-institutional' },
  { label: 'Vendor survey', value: 'vendor-survey' },
  { label: 'Preprint or working paper', value: 'preprint' },
  { label: 'News', value: 'news' },
] as const satisfies Vocabulary

export type SourceType = ValueOf<typeof SOURCE_TYPES>

/** How the work produced its numbers; the starting point of a certainty grade. */
export const STUDY_DESIGNS = [
  { label: 'Randomized experiment', value: 'randomized-experiment' },
  { label: 'Pre-registered study', value: 'pre-registered' },
  { label: 'Cohort', value: 'cohort' },
  { label: 'Cross-sectional survey', value: 'cross-sectional-survey' },
  { label: 'Retrospective survey', value: 'retrospective-survey' },
  { label: 'Administrative data', value: 'administrative-data' },
  { label: 'Meta-analysis', value: 'meta-analysis' },
  { label: 'Report', value: 'report' },
  { label: 'Occupational database (surveys, analyst ratings and models)', value: 'occupational-database' },
] as const satisfies Vocabulary

export type StudyDesign = ValueOf<typeof STUDY_DESIGNS>

export const VERIFICATION_STATUSES = [
  { label: 'Unverified', value: 'unverified' },
  { label: 'Verified', value: 'verified' },
  { label: 'Disputed', value: 'disputed' },
  { label: 'Retracted', value: 'retracted' },
] as const satisfies Vocabulary

export type VerificationStatus = ValueOf<typeof VERIFICATION_STATUSES>

/**
 * Statuses under which a source must not be relied on: every published page citing it goes back to
 * review, and every citation of it carries a notice.
 */
export const UNRELIABLE_STATUSES = ['retracted', 'disputed'] as const satisfies readonly VerificationStatus[]

export const isUnreliableStatus = (status: unknown): status is (typeof UNRELIABLE_STATUSES)[number] =>
  (UNRELIABLE_STATUSES as readonly unknown[]).includes(status)

/** Standings someone reached by checking the work; "unverified" is nobody's judgement yet. */
export const CHECKED_STATUSES = [
  'verified',
  'disputed',
  'retracted',
] as const satisfies readonly VerificationStatus[]
