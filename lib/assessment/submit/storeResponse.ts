import type { Payload } from 'payload'

import { paths } from '../../site/paths'
import type { LoadedAssessment } from '../data/loadAssessment'
import { occupationProfiles } from '../data/occupationProfiles'
import type { Answers, Submission } from './answersSchema'
import { answersHash } from './answersHash'
import { writeInBatches } from './inBatches'
import { problem, type Problem } from './problems'
import type { Stored } from './writeBatch'

export type { Stored } from './writeBatch'

export const resultUrlFor = (slug: string, resultId: string) => paths.assessmentResult(slug, resultId)

const findByKey = async (payload: Payload, idempotencyKey: string) =>
  (
    await payload.find({
      collection: 'assessment-responses',
      where: { idempotencyKey: { equals: idempotencyKey } },
      depth: 0,
      limit: 1,
      pagination: false,
      select: { resultId: true, assessment: true, answersHash: true, answers: true },
    })
  ).docs[0]

type Existing = NonNullable<Awaited<ReturnType<typeof findByKey>>>

const idOf = (value: unknown) =>
  String(typeof value === 'object' && value ? (value as { id: string }).id : value)

/**
 * The first result again, but only for the same assessment and the same answers: a key seen with
 * other answers is someone else's (a shared or copied page), and is never given their result.
 * Responses stored before hashes were kept are compared by hashing their stored answers.
 */
const replay = ({
  existing,
  instrumentId,
  hash,
}: {
  existing: Existing
  instrumentId: string
  hash: string
}): Stored | Problem => {
  if (idOf(existing.assessment) !== instrumentId) {
    return problem(409, 'This idempotencyKey was already used for another assessment.', 'idempotencyKey')
  }
  if ((existing.answersHash ?? answersHash(existing.answers as Answers)) !== hash) {
    return problem(
      409,
      'This idempotencyKey was already used with different answers, so nothing was saved. Reload the page to start a new attempt.',
      'idempotencyKey',
    )
  }
  return { status: 201, resultId: existing.resultId, replayed: true }
}

/**
 * Scores on the server and stores one response, in one transaction with the statistics update
 * (`writeInBatches`): any failure leaves nothing behind. The same idempotency key always yields the
 * first response. A matching result is matched against the O*NET profiles, read (or reused) before
 * the transaction so that it holds the write lock no longer than scoring takes.
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
  const hash = answersHash(submission.answers)
  const existing = await findByKey(payload, submission.idempotencyKey)
  if (existing) return replay({ existing, instrumentId: loaded.instrument.id, hash })
  try {
    const occupations = loaded.instrument.kind === 'matching' ? await occupationProfiles({ payload }) : []
    return await writeInBatches(payload, { loaded, submission, answersHash: hash, occupations })
  } catch (error) {
    // Two requests with one key can race past the first check; the unique index lets only one in.
    const winner = await findByKey(payload, submission.idempotencyKey)
    if (winner) return replay({ existing: winner, instrumentId: loaded.instrument.id, hash })
    throw error
  }
}
