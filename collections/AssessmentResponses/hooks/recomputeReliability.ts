import type { CollectionAfterChangeHook } from 'payload'

import { refreshReliability } from '../../../lib/assessment/reliability/refreshReliability'
import type { AssessmentResponse } from '../../../payload-types'

/**
 * Every stored response changes the reliability figures, so they are recomputed in the same
 * transaction (`req`) and the published figures never lag the data. Bulk loads (the synthetic sample)
 * set `context.skipReliability` and recompute once at the end.
 */
export const recomputeReliability: CollectionAfterChangeHook<AssessmentResponse> = async ({
  doc,
  operation,
  req,
  context,
}) => {
  if (operation !== 'create' || context.skipReliability) return doc
  const assessment = typeof doc.assessment === 'object' ? doc.assessment.id : doc.assessment
  await refreshReliability({ payload: req.payload, assessmentId: assessment, req })
  return doc
}
