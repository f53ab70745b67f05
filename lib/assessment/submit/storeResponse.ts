import type { Payload } from 'payload'

import type { LoadedAssessment } from '../data/loadAssessment'
import type { Submission } from './answersSchema'
import { writeInBatches } from './inBatches'
import { problem, type Problem } from './problems'
import type { Stored } from './writeBatch'

export type { Stored } from './writeBatch'

export const resultUrlFor = (slug: string, resultId: string) => `/assessments/${slug}/results/${resultId}`

const findByKey = async (payload: Payload, idempotencyKey: string) =>
  (
    await payload.find({
      collection: 'assessment-responses',
      where: { idempotencyKey: { equals: idempotencyKey } },
      depth: 0,
      limit: 1,
      pagination: false,
      select: { resultId: true, assessment: true },
    })
  ).docs[0]

const replay = (
  existing: { resultId: string; assessment: unknown },
  instrumentId: string,
): Stored | Problem =>
  String(
    typeof existing.assessment === 'object' && existing.assessment
      ? (existing.assessment as { id: string }).id
      : existing.assessment,
  ) === instrumentId
    ? { status: 201, resultId: existing.resultId, replayed: true }
    : problem(409, 'This idempotencyKey was already used for another assessment.', 'idempotencyKey')

/**
 * Scores on the server and stores one response, in one transaction with the statistics update
 * (`writeInBatches`): any failure leaves nothing behind. The same idempotency key always yields the
 * first response.
 */
export const storeResponse = async ({
  payload,
  loaded,
  submission,
}: {
  payload: Payload
  loaded: LoadedAssessment
  submission: Submission
}): Promise<Stored | Problem> => {
  const existing = await findByKey(payload, submission.idempotencyKey)
  if (existing) return replay(existing, loaded.instrument.id)
  try {
    return await writeInBatches(payload, { loaded, submission })
  } catch (error) {
    // Two requests with one key can race past the first check; the unique index lets only one in.
    const winner = await findByKey(payload, submission.idempotencyKey)
    if (winner) return replay(winner, loaded.instrument.id)
    throw error
  }
}
