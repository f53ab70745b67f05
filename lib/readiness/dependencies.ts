import type { CollectionSlug } from 'payload'

import { idOf } from '../data/read/ids'
import { RATING_KEYS } from '../evidence/model'

/** A document a page needs live before it can go live itself, and the field that points at it. */
export type Dependency = { collection: CollectionSlug; id: string; path: string }

const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : [])

const one = (collection: CollectionSlug, value: unknown, path: string): Dependency[] => {
  const id = idOf(value)
  return id ? [{ collection, id, path }] : []
}
const each = (collection: CollectionSlug, values: unknown, path: string): Dependency[] =>
  asArray(values).flatMap((value, index) => one(collection, value, `${path}.${index}`))

/**
 * What each kind of document cites and so needs published with it: a finding its source, an FAQ its
 * findings, an evidence page its career, skill and findings (headline, numbered, and the basis of a
 * rating). Readiness loads exactly these, and a review bundle carries the unpublished ones along.
 */
export const dependenciesOf = ({
  collection,
  doc,
}: {
  collection: string
  doc: Record<string, unknown>
}): Dependency[] => {
  if (collection === 'findings') return one('sources', doc.source, 'source')
  if (collection === 'careers') {
    return one(
      'findings',
      (doc.demandBasis as { finding?: unknown } | undefined)?.finding,
      'demandBasis.finding',
    )
  }
  if (collection === 'faqs') return each('findings', doc.citedFindings, 'citedFindings')
  if (collection === 'career-skills') {
    return [
      ...one('careers', doc.career, 'career'),
      ...one('skills', doc.skill, 'skill'),
      ...each('findings', doc.headlineFindings, 'headlineFindings'),
      ...each('findings', doc.findings, 'findings'),
      ...each('findings', doc.contextFindings, 'contextFindings'),
      ...RATING_KEYS.flatMap((name) =>
        one('findings', (doc[name] as { finding?: unknown } | undefined)?.finding, `${name}.finding`),
      ),
    ]
  }
  return []
}
