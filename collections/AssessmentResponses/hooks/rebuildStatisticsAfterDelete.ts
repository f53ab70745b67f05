import type { CollectionAfterDeleteHook } from 'payload'

import { idOf } from '../../../lib/data/read/ids'
import { rebuildStatistics } from '../../../lib/assessment/running/rebuildStatistics'
import type { AssessmentResponse } from '../../../payload-types'

/**
 * An admin deleting a response takes it out of the figures too. Sums could be reversed, but a
 * deleted attempt may also end retest pairs, so the statistics are rebuilt, in the delete's
 * transaction: rare, and worth being simply right.
 */
export const rebuildStatisticsAfterDelete: CollectionAfterDeleteHook<AssessmentResponse> = async ({
  doc,
  req,
  context,
}) => {
  const assessmentId = idOf(doc.assessment)
  if (context.skipStatistics || !assessmentId) return doc
  await rebuildStatistics({ payload: req.payload, assessmentId, req })
  return doc
}
