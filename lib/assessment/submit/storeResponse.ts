import crypto from 'node:crypto'

import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload } from 'payload'

import type { LoadedAssessment } from '../data/loadAssessment'
import { recommend } from '../recommend/recommend'
import { placeScores } from '../scoring/placeScores'
import { scoreAnswers } from '../scoring/scoreAnswers'
import type { Submission } from './answersSchema'
import { liveScoresFor } from './liveScores'
import { problem, type Problem } from './problems'

export type Stored = { status: 201; resultId: string; replayed: boolean }

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
 * Scores on the server and stores one response, in one transaction with the reliability recompute:
 * any failure leaves nothing behind. The same idempotency key always yields the first response.
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
  const { instrument } = loaded
  const existing = await findByKey(payload, submission.idempotencyKey)
  if (existing) return replay(existing, instrument.id)

  const req = await createLocalReq({}, payload)
  await initTransaction(req)
  try {
    let retakeOf: string | undefined
    if (submission.retakeOf) {
      const earlier = await payload.find({
        collection: 'assessment-responses',
        where: {
          and: [{ resultId: { equals: submission.retakeOf } }, { assessment: { equals: instrument.id } }],
        },
        depth: 0,
        limit: 1,
        pagination: false,
        req,
      })
      if (!earlier.docs[0]) {
        await killTransaction(req)
        return problem(400, 'retakeOf is not an earlier result of this assessment.', 'retakeOf')
      }
      retakeOf = String(earlier.docs[0].id)
    }
    const scores = scoreAnswers(instrument, submission.answers)
    const liveScores = await liveScoresFor({ payload, instrument, req })
    const placed = placeScores({ instrument, scores, reliability: loaded.reliability, liveScores })
    const recommendations = recommend({
      instrument,
      placed,
      rules: loaded.rules,
      answers: submission.answers,
    })
    const resultId = crypto.randomBytes(18).toString('base64url')
    await payload.create({
      collection: 'assessment-responses',
      data: {
        assessment: instrument.id,
        resultId,
        idempotencyKey: submission.idempotencyKey,
        sample: 'live',
        retakeOf,
        answers: submission.answers,
        scores,
        percentiles: Object.fromEntries(
          Object.entries(placed).map(([key, value]) => [key, value.percentile]),
        ),
        recommendations: { items: recommendations, placed },
      },
      depth: 0,
      req,
    })
    await commitTransaction(req)
    return { status: 201, resultId, replayed: false }
  } catch (error) {
    await killTransaction(req)
    // Two requests with one key can race past the first check; the unique index lets only one in.
    const winner = await findByKey(payload, submission.idempotencyKey)
    if (winner) return replay(winner, instrument.id)
    throw error
  }
}
