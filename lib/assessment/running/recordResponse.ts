import type { Payload, PayloadRequest } from 'payload'

import { idOf } from '../../data/read/ids'
import type { Instrument } from '../instrument'
import { toInstrument } from '../toInstrument'
import { addAttempt, addRetestPair, dimensionTotals } from './accumulate'
import { readStatistics, type StoredStatistics, writeStatistics } from './storedStatistics'
import type { Attempt } from './types'

/**
 * What the submit path has already read in its transaction, handed to the hook so nothing is read
 * twice: the instrument, the statistics as they stood before this response, and the attempt it retakes.
 */
export type PreparedStatistics = { instrument: Instrument; stored: StoredStatistics; earlier: Attempt | null }

export type NewResponse = {
  id: string | number
  assessment: unknown
  answers: unknown
  sample: 'live' | 'synthetic'
  retakeOf?: unknown
  createdAt: string
}

const earlierAttempt = async (payload: Payload, id: string, req: PayloadRequest): Promise<Attempt | null> => {
  const doc = await payload.db.findOne<{ id: string; answers: Attempt['answers']; createdAt: string }>({
    collection: 'assessment-responses',
    where: { id: { equals: id } },
    req,
  })
  return doc ? { answers: doc.answers, createdAt: doc.createdAt } : null
}

/**
 * Adds one newly stored response to its assessment's running statistics and writes them back with
 * the reliability they give, in the response's transaction: constant work whatever the number of
 * responses. Without `prepared` (a response created some other way) it reads what it needs itself.
 */
export const recordResponse = async ({
  payload,
  req,
  response,
  prepared,
}: {
  payload: Payload
  req: PayloadRequest
  response: NewResponse
  prepared?: PreparedStatistics
}) => {
  const assessmentId = idOf(response.assessment)!
  const instrument =
    prepared?.instrument ??
    toInstrument(await payload.findByID({ collection: 'assessments', id: assessmentId, depth: 0, req }))
  let stored = prepared?.stored
  if (!stored) {
    const read = await readStatistics({ payload, instrument, req })
    // Rebuilt now, after the response was created, they already count it.
    if (read.rebuilt) return writeStatistics({ payload, instrument, stored: read, req })
    stored = read
  }
  const answers = (response.answers ?? {}) as Record<string, unknown>
  let statistics = addAttempt({ statistics: stored.statistics, instrument, answers, sample: response.sample })
  const retakeOf = idOf(response.retakeOf)
  const earlier = retakeOf ? (prepared?.earlier ?? (await earlierAttempt(payload, retakeOf, req))) : null
  const firstTotals = earlier && dimensionTotals(instrument, earlier.answers)
  const retakeTotals = dimensionTotals(instrument, answers)
  if (earlier && firstTotals && retakeTotals) {
    statistics = addRetestPair({
      statistics,
      first: { totals: firstTotals, createdAt: earlier.createdAt },
      retake: { totals: retakeTotals, createdAt: response.createdAt },
    })
  }
  return writeStatistics({ payload, instrument, stored: { id: stored.id, statistics }, req })
}
