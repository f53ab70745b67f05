import type { CollectionAfterChangeHook } from 'payload'

import { recordResponse } from '../../../lib/assessment/running/recordResponse'
import type { AssessmentResponse } from '../../../payload-types'

/**
 * Every stored response is added to its assessment's running statistics in the same transaction
 * (`req`), so the published reliability and percentiles never lag the data, at constant cost. The
 * submit path keeps the statistics itself, once per batch of submissions, and bulk loads (the
 * synthetic sample) rebuild them once at the end: both set `context.skipStatistics`.
 */
export const updateStatistics: CollectionAfterChangeHook<AssessmentResponse> = async ({
  doc,
  operation,
  req,
  context,
}) => {
  if (operation !== 'create' || context.skipStatistics) return doc
  await recordResponse({ payload: req.payload, req, response: doc })
  return doc
}
