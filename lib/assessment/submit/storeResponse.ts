import crypto from 'node:crypto'

import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload } from 'payload'

import type { LoadedAssessment } from '../data/loadAssessment'
import { recommend } from '../recommend/recommend'
import { oneAtATime, statisticsQueue } from '../running/oneAtATime'
import type { PreparedStatistics } from '../running/recordResponse'
import { liveTallies } from '../running/reliabilityFrom'
import { readStatistics } from '../running/storedStatistics'
import { placeScores } from '../scoring/placeScores'
import { scoreAnswers } from '../scoring/scoreAnswers'
import type { Submission } from './answersSchema'
import { problem, type Problem } from './problems'
import { isWriteConflict } from './writeConflict'

export type Stored = { status: 201; resultId: string; replayed: boolean }

export const resultUrlFor = (slug: string, resultId: string) => `/assessments/${slug}/results/${resultId}`

/** Attempts at one submission when another process's transaction wrote the statistics first. */
const CONFLICT_ATTEMPTS = 3

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

type StoreArgs = { payload: Payload; loaded: LoadedAssessment; submission: Submission }

/**
 * One transaction: the earlier attempt (for a retake), the running statistics (one read), the
 * response, and the statistics with it added (one write, in the response's hook). The work does not
 * depend on how many responses are stored.
 */
const writeResponse = async ({ payload, loaded, submission }: StoreArgs): Promise<Stored | Problem> => {
  const { instrument } = loaded
  const req = await createLocalReq({}, payload)
  await initTransaction(req)
  try {
    let earlier: { id: string; answers: Record<string, unknown>; createdAt: string } | null = null
    if (submission.retakeOf) {
      const found = await payload.db.findOne<{
        id: string | number
        answers: Record<string, unknown>
        createdAt: string
      }>({
        collection: 'assessment-responses',
        where: {
          and: [{ resultId: { equals: submission.retakeOf } }, { assessment: { equals: instrument.id } }],
        },
        req,
      })
      if (!found) {
        await killTransaction(req)
        return problem(400, 'retakeOf is not an earlier result of this assessment.', 'retakeOf')
      }
      earlier = { id: String(found.id), answers: found.answers, createdAt: found.createdAt }
    }
    const stored = await readStatistics({ payload, instrument, req })
    const scores = scoreAnswers(instrument, submission.answers)
    const placed = placeScores({
      instrument,
      scores,
      reliability: loaded.reliability,
      live: liveTallies(stored.statistics),
    })
    const recommendations = recommend({
      instrument,
      placed,
      rules: loaded.rules,
      answers: submission.answers,
    })
    const resultId = crypto.randomBytes(18).toString('base64url')
    const prepared: PreparedStatistics = { instrument, stored, earlier }
    await payload.create({
      collection: 'assessment-responses',
      data: {
        assessment: instrument.id,
        resultId,
        idempotencyKey: submission.idempotencyKey,
        sample: 'live',
        retakeOf: earlier?.id,
        answers: submission.answers,
        scores,
        percentiles: Object.fromEntries(
          Object.entries(placed).map(([key, value]) => [key, value.percentile]),
        ),
        recommendations: { items: recommendations, placed },
      },
      context: { statistics: prepared },
      depth: 0,
      req,
    })
    await commitTransaction(req)
    return { status: 201, resultId, replayed: false }
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}

/**
 * Scores on the server and stores one response, in one transaction with the statistics update: any
 * failure leaves nothing behind. Submissions to one assessment take turns within this process
 * (`oneAtATime`); a conflict with another process's submission is retried. The same idempotency key
 * always yields the first response.
 */
export const storeResponse = async (args: StoreArgs): Promise<Stored | Problem> => {
  const { payload, loaded, submission } = args
  const existing = await findByKey(payload, submission.idempotencyKey)
  if (existing) return replay(existing, loaded.instrument.id)
  try {
    return await oneAtATime(statisticsQueue(loaded.instrument.id), async () => {
      for (let attempt = 1; ; attempt++) {
        try {
          return await writeResponse(args)
        } catch (error) {
          if (attempt >= CONFLICT_ATTEMPTS || !isWriteConflict(error)) throw error
        }
      }
    })
  } catch (error) {
    // Two requests with one key can race past the first check; the unique index lets only one in.
    const winner = await findByKey(payload, submission.idempotencyKey)
    if (winner) return replay(winner, loaded.instrument.id)
    throw error
  }
}
