export const SOURCE_TYPES = [
  { label: 'Peer-reviewed', value: 'peer-reviewed' },
  { label: 'Government filing', value: 'government-filing' },
  { label: 'Government dataset', value: 'government-dataset' },
  { label: 'Court order', value: 'court-order' },
  { label: 'First-party institutional research', value: 'first-party-institutional' },
  { label: 'Vendor survey', value: 'vendor-survey' },
  { label: 'Preprint or working paper', value: 'preprint' },
  { label: 'News', value: 'news' },
] as const

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
] as const

export const VERIFICATION_STATUSES = [
  { label: 'Unverified', value: 'unverified' },
  { label: 'Verified', value: 'verified' },
  { label: 'Disputed', value: 'disputed' },
  { label: 'Retracted', value: 'retracted' },
] as const

type VerificationStatus = (typeof VERIFICATION_STATUSES)[number]['value']

/** Standings that mean readers must no longer rely on a source: pages citing it go back to review. */
export const UNRELIABLE_STATUSES = ['retracted', 'disputed'] as const satisfies VerificationStatus[]

/** Standings someone reached by checking the work; "unverified" is nobody's judgement yet. */
export const CHECKED_STATUSES = ['verified', 'disputed', 'retracted'] as const satisfies VerificationStatus[]
