import type { Payload } from 'payload'

import type { Instrument } from '../instrument'
import { type DimensionScales, scaleParts } from '../scoring/scaleParts'
import type { Answers } from '../submit/answersSchema'

/** The attempt a retake follows, as its result shows the change: each scale, each percentile, when. */
export type PreviousAttempt = {
  takenAt: string
  scales: Record<string, DimensionScales>
  percentiles: Record<string, number>
}

/**
 * The earlier attempt of a retake. Responses are readable only with their own result id, and this
 * reader holds the retake's; but the retake could only be stored by presenting the earlier result's
 * id (the submit checks it belongs to this assessment), so the holder has had that result already.
 * Only what the comparison needs is read.
 */
export const previousAttempt = async ({
  payload,
  instrument,
  responseId,
}: {
  payload: Payload
  instrument: Instrument
  responseId: string
}): Promise<PreviousAttempt | null> => {
  const { docs } = await payload.find({
    collection: 'assessment-responses',
    where: { and: [{ id: { equals: responseId } }, { assessment: { equals: instrument.id } }] },
    select: { answers: true, percentiles: true, createdAt: true },
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: true,
  })
  const earlier = docs[0]
  if (!earlier) return null
  return {
    takenAt: earlier.createdAt,
    scales: scaleParts(instrument, earlier.answers as Answers),
    percentiles: earlier.percentiles as Record<string, number>,
  }
}
