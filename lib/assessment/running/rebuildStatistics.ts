import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
  type PayloadRequest,
} from 'payload'

import { toInstrument } from '../toInstrument'
import { computeStatistics } from './computeStatistics'
import { oneAtATime, statisticsQueue } from './oneAtATime'
import { STATISTICS_COLLECTION, writeStatistics } from './storedStatistics'

type RebuildArgs = { payload: Payload; assessmentId: string; req?: PayloadRequest }

const rebuildIn = async ({ payload, assessmentId, req }: RebuildArgs & { req: PayloadRequest }) => {
  const instrument = toInstrument(
    await payload.findByID({ collection: 'assessments', id: assessmentId, depth: 0, req }),
  )
  const existing = await payload.db.findOne<{ id: string | number }>({
    collection: STATISTICS_COLLECTION,
    where: { assessment: { equals: assessmentId } },
    req,
  })
  const statistics = await computeStatistics({ payload, instrument, req })
  const id = existing ? String(existing.id) : null
  return writeStatistics({ payload, instrument, stored: { id, statistics }, req })
}

/**
 * Recomputes an assessment's running statistics, and the reliability published from them, from every
 * stored response. Given a `req`, it runs in that transaction (a hook's); otherwise in its own, after
 * any submission this process has under way, so the responses it reads cannot change before it writes.
 * Returns the reliability.
 */
export const rebuildStatistics = async ({ payload, assessmentId, req }: RebuildArgs) => {
  if (req) return rebuildIn({ payload, assessmentId, req })
  return oneAtATime(statisticsQueue(assessmentId), async () => {
    const own = await createLocalReq({}, payload)
    await initTransaction(own)
    try {
      const reliability = await rebuildIn({ payload, assessmentId, req: own })
      await commitTransaction(own)
      return reliability
    } catch (error) {
      await killTransaction(own)
      throw error
    }
  })
}
