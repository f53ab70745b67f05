import type { CollectionAfterChangeHook } from 'payload'

import { type PreparedStatistics, recordResponse } from '../../../lib/assessment/running/recordResponse'
import type { AssessmentResponse } from '../../../payload-types'

/**
 * Every stored response is added to its assessment's running statistics in the same transaction
 * (`req`), so the published reliability and percentiles never lag the data, at constant cost. The
 * submit path passes what it has already read as `context.statistics`. Bulk loads (the synthetic
 * sample) set `context.skipStatistics` and rebuild once at the end.
 */
export const updateStatistics: CollectionAfterChangeHook<AssessmentResponse> = async ({
  doc,
  operation,
  req,
  context,
}) => {
  if (operation !== 'create' || context.skipStatistics) return doc
  await recordResponse({
    payload: req.payload,
    req,
    response: doc,
    prepared: context.statistics as PreparedStatistics | undefined,
  })
  return doc
}
