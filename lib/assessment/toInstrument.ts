import type { Assessment } from '../../payload-types'
import type { Instrument, InstrumentItem } from './instrument'

const toItem = (item: Assessment['items'][number]): InstrumentItem =>
  item.type === 'rubric'
    ? {
        key: item.key,
        type: 'rubric',
        text: item.text,
        dimension: item.dimension,
        group: item.group,
        levels: (item.levels ?? []).map(({ value, description }) => ({ value, description })),
        allowEvidence: Boolean(item.allowEvidence),
      }
    : {
        key: item.key,
        type: 'likert',
        text: item.text,
        dimension: item.dimension,
        group: item.group,
        min: item.min ?? 1,
        max: item.max ?? 5,
        reverse: Boolean(item.reverse),
      }

/** The one adapter from the stored document to the instrument the rest of the code uses. */
export const toInstrument = (doc: Assessment): Instrument => ({
  id: String(doc.id),
  slug: doc.slug ?? '',
  title: doc.title,
  kind: doc.kind,
  summary: doc.summary,
  instructions: doc.instructions,
  estimatedMinutes: doc.estimatedMinutes,
  scaleLabels: (doc.scaleLabels ?? []).map(({ value, label }) => ({ value, label })),
  dimensions: doc.dimensions.map(({ key, label, description }) => ({ key, label, description })),
  items: doc.items.map(toItem),
  norms: {
    synthetic: Boolean(doc.norms.synthetic),
    sampleDescription: doc.norms.sampleDescription,
    dimensions: doc.norms.dimensions.map(({ dimension, n, mean, sd }) => ({ dimension, n, mean, sd })),
  },
})
