import type { Where } from 'payload'

import { RATING_KEYS, type RatingKey } from './ratings'

/**
 * Every field that cites a finding, per collection: what a retraction follows to the pages resting on
 * a source, what cache invalidation follows to the pages showing a finding, and what readiness loads.
 * An evidence page cites in its headline cards, its numbered findings (direct evidence), its context
 * findings and the basis of each rating.
 */
export const CITING_FIELDS = {
  'career-skills': [
    'headlineFindings',
    'findings',
    'contextFindings',
    ...RATING_KEYS.map((key): `${RatingKey}.finding` => `${key}.finding`),
  ],
  faqs: ['citedFindings'],
  assessments: ['recommendationRules.finding'],
} as const satisfies Record<string, readonly string[]>

export type CitingCollection = keyof typeof CITING_FIELDS

/** A query for documents of `collection` citing any of `findingIds` in any of their citing fields. */
export const whereCiting = (
  findingIds: readonly (string | number)[],
  collection: CitingCollection = 'career-skills',
): Where => ({
  or: CITING_FIELDS[collection].map((field) => ({ [field]: { in: [...findingIds] } })),
})
