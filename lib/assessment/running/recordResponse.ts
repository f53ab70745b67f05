import type { Payload, PayloadRequest } from 'payload'

import { idOf } from '../../data/read/ids'
import { toInstrument } from '../toInstrument'
import { readStatistics, writeStatistics } from './storedStatistics'
import type { Attempt } from './types'
import { withResponse } from './withResponse'

export type NewResponse = {
  assessment: unknown
  answers: unknown
  sample: 'live' | 'synthetic'
  retakeOf?: unknown
  createdAt: string
}

/** An earlier response by id, as the statistics need it. */
export const attemptById = async ({
  payload,
  id,
  req,
}: {
  payload: Payload
  id: string
  req: PayloadRequest
}): Promise<Attempt | null> => {
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
 * responses. For responses created other than by the submit path, which keeps the statistics itself.
 */
export const recordResponse = async ({
  payload,
  req,
  response,
}: {
  payload: Payload
  req: PayloadRequest
  response: NewResponse
}) => {
  const assessmentId = idOf(response.assessment)!
  const instrument = toInstrument(
    await payload.findByID({ collection: 'assessments', id: assessmentId, depth: 0, req }),
  )
  const stored = await readStatistics({ payload, instrument, req })
  // Rebuilt now, after the response was created, they already count it.
  if (stored.rebuilt) return writeStatistics({ payload, instrument, stored, req })
  const retakeOf = idOf(response.retakeOf)
  const statistics = withResponse({
    statistics: stored.statistics,
    instrument,
    response: {
      answers: (response.answers ?? {}) as Attempt['answers'],
      createdAt: response.createdAt,
      sample: response.sample,
    },
    earlier: retakeOf ? await attemptById({ payload, id: retakeOf, req }) : null,
  })
  return writeStatistics({ payload, instrument, stored: { id: stored.id, statistics }, req })
}
