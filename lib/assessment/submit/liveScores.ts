import type { Payload, PayloadRequest, Where } from 'payload'

import type { Instrument } from '../instrument'
import { EMPIRICAL_MINIMUM } from '../scoring/placeScores'

/**
 * Live (non-synthetic) dimension scores, fetched only once there are enough of them for empirical
 * percentiles; below that the normal model of the norms is used and nothing is loaded.
 */
export const liveScoresFor = async ({
  payload,
  instrument,
  req,
}: {
  payload: Payload
  instrument: Instrument
  req?: PayloadRequest
}): Promise<Record<string, number[]>> => {
  const where: Where = { and: [{ assessment: { equals: instrument.id } }, { sample: { equals: 'live' } }] }
  const { totalDocs } = await payload.count({ collection: 'assessment-responses', where, req })
  if (totalDocs < EMPIRICAL_MINIMUM) return {}
  const { docs } = await payload.find({
    collection: 'assessment-responses',
    where,
    pagination: false,
    depth: 0,
    select: { scores: true },
    req,
  })
  const result: Record<string, number[]> = {}
  for (const { key } of instrument.dimensions) {
    result[key] = docs
      .map((doc) => (doc.scores as Record<string, { score: number }> | null)?.[key]?.score)
      .filter((score): score is number => typeof score === 'number')
  }
  return result
}
