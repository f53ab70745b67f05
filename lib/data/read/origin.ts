import type { Where } from 'payload'

/**
 * Curated documents: those editors wrote. Documents from before imports existed have no origin and
 * are curated too; `not_equals: 'onet'` would miss them on SQL databases (NULL compares as unknown).
 */
export const curatedWhere: Where = { or: [{ origin: { equals: 'curated' } }, { origin: { exists: false } }] }
