import type { GroupField } from 'payload'

import { RATINGS, type RatingKey } from '../lib/evidence/model'
import { basisFields } from './basis'
import { vocabularySelect } from './vocabularySelect'

/**
 * One of an evidence page's four ratings, defined by the evidence model: its scale's values, and
 * where the rating comes from. A page never shows a bare rating.
 */
export const ratingField = (key: RatingKey): GroupField => {
  const rating = RATINGS[key]
  return {
    name: rating.name,
    label: rating.label,
    type: 'group',
    admin: { description: `${rating.description} ${rating.scale}` },
    fields: [vocabularySelect({ name: 'value', vocabulary: rating.terms, required: true }), ...basisFields()],
  }
}
