import crypto from 'node:crypto'

import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
  type PayloadRequest,
} from 'payload'

import type { LoadedAssessment } from '../data/loadAssessment'
import type { OccupationProfile } from '../matching/occupationProfile'
import { storedResult } from '../result/storedResult'
import { instrumentKey } from '../running/instrumentKey'
import { liveTallies } from '../running/reliabilityFrom'
import { readStatistics, type StoredStatistics, writeStatistics } from '../running/storedStatistics'
import type { Attempt } from '../running/types'
import { withResponse } from '../running/withResponse'
import { placeScores } from '../scoring/placeScores'
import { scoreAnswers } from '../scoring/scoreAnswers'
import type { Submission } from './answersSchema'
import { problem, type Problem } from './problems'

export type Stored = { status: 201; resultId: string; replayed: boolean }

/**
 * One submission to write: the published assessment as read for it, the validated answers, their
 * hash (kept with the response so its idempotency key replays only the same answers), and the O*NET
 * interest profiles a matching instrument matches against (read before the transaction).
 */
export type PendingSubmission = {
  loaded: LoadedAssessment
  submission: Submission
  answersHash: string
  occupations: readonly OccupationProfile[]
}

const earlierAttempt = async ({
  payload,
  pending: { loaded, submission },
  req,
}: {
  payload: Payload
  pending: PendingSubmission
  req: PayloadRequest
}) => {
  const found = await payload.db.findOne<{ id: string; answers: Attempt['answers']; createdAt: string }>({
    collection: 'assessment-responses',
    where: {
      and: [{ resultId: { equals: submission.retakeOf } }, { assessment: { equals: loaded.instrument.id } }],
    },
    req,
  })
  return found ? { id: String(found.id), answers: found.answers, createdAt: found.createdAt } : null
}

type WriteOneArgs = {
  payload: Payload
  pending: PendingSubmission
  stored: StoredStatistics
  req: PayloadRequest
}

/** Scores, places and stores one response against the statistics so far; returns them with it added. */
const writeOne = async ({ payload, pending, stored, req }: WriteOneArgs) => {
  const { loaded, submission } = pending
  const { instrument } = loaded
  const earlier = submission.retakeOf ? await earlierAttempt({ payload, pending, req }) : null
  if (submission.retakeOf && !earlier) {
    return {
      result: problem(400, 'retakeOf is not an earlier result of this assessment.', 'retakeOf'),
      stored,
    }
  }
  const scores = scoreAnswers(instrument, submission.answers)
  const placed = placeScores({
    instrument,
    scores,
    reliability: loaded.reliability,
    live: liveTallies(stored.statistics),
  })
  const resultId = crypto.randomBytes(18).toString('base64url')
  const createdAt = new Date().toISOString()
  await payload.create({
    collection: 'assessment-responses',
    data: {
      assessment: instrument.id,
      resultId,
      idempotencyKey: submission.idempotencyKey,
      answersHash: pending.answersHash,
      sample: 'live',
      retakeOf: earlier?.id,
      answers: submission.answers,
      scores,
      percentiles: Object.fromEntries(Object.entries(placed).map(([key, value]) => [key, value.percentile])),
      recommendations: storedResult({
        loaded,
        placed,
        answers: submission.answers,
        occupations: pending.occupations,
      }),
      createdAt,
    },
    // The statistics are kept here, once per batch, rather than by the collection's hook.
    context: { skipStatistics: true },
    depth: 0,
    req,
  })
  const statistics = withResponse({
    statistics: stored.statistics,
    instrument,
    response: { answers: submission.answers, createdAt, sample: 'live' },
    earlier,
  })
  return { result: { status: 201, resultId, replayed: false } as Stored, stored: { ...stored, statistics } }
}

/**
 * Stores submissions to one assessment in one transaction: the statistics are read once, each
 * response is placed against the statistics as they stand after the ones before it (exactly as if
 * they had come one at a time), and the statistics are written once at the end. Any failure rolls
 * the whole batch back and throws.
 */
export const writeBatch = async ({
  payload,
  batch,
}: {
  payload: Payload
  batch: PendingSubmission[]
}): Promise<(Stored | Problem)[]> => {
  const req = await createLocalReq({}, payload)
  await initTransaction(req)
  try {
    const results: (Stored | Problem)[] = []
    let stored: StoredStatistics | null = null
    let instrument = batch[0].loaded.instrument
    for (const pending of batch) {
      // Should an edit of the items fall inside a batch, the statistics are rebuilt for the new ones
      // (this batch's responses included: the transaction sees them).
      if (!stored || stored.statistics.instrumentKey !== instrumentKey(pending.loaded.instrument)) {
        instrument = pending.loaded.instrument
        stored = await readStatistics({ payload, instrument, req })
      }
      const written: { result: Stored | Problem; stored: StoredStatistics } = await writeOne({
        payload,
        pending,
        stored,
        req,
      })
      results.push(written.result)
      stored = written.stored
    }
    if (stored) await writeStatistics({ payload, instrument, stored, req })
    await commitTransaction(req)
    return results
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}
