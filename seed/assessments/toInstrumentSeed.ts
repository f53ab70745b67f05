import type { Instrument } from '../../lib/assessment/instrument'
import type { AssessmentSeed } from './types'

/** The seed as an instrument, so the sample and norms can be computed before anything is stored. */
export const instrumentFromSeed = (seed: AssessmentSeed): Instrument => ({
  id: seed.slug,
  slug: seed.slug,
  title: seed.title,
  kind: seed.kind,
  summary: seed.summary,
  instructions: seed.instructions,
  estimatedMinutes: seed.estimatedMinutes,
  scaleLabels: seed.scaleLabels,
  dimensions: seed.dimensions,
  items: seed.items,
  norms: { synthetic: true, sampleDescription: '', dimensions: [] },
})
