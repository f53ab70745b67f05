import crypto from 'node:crypto'

import type { Instrument } from '../instrument'

/**
 * A fingerprint of what the running sums depend on: the dimensions, and each item's key, dimension
 * and scoring. Wording may change freely; a change here means the stored sums describe another
 * instrument and must be rebuilt from the responses.
 */
export const instrumentKey = (instrument: Pick<Instrument, 'dimensions' | 'items'>): string => {
  const structure = {
    dimensions: instrument.dimensions.map((dimension) => dimension.key),
    items: instrument.items.map((item) =>
      item.type === 'likert'
        ? [item.key, item.dimension, 'likert', item.min, item.max, item.reverse]
        : [item.key, item.dimension, 'rubric', item.levels.map((level) => level.value)],
    ),
  }
  return crypto.createHash('sha256').update(JSON.stringify(structure)).digest('hex').slice(0, 16)
}
