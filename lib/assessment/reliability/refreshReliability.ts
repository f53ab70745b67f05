import type { Payload, PayloadRequest } from 'payload'

import { toInstrument } from '../toInstrument'
import type { Answers } from '../submit/answersSchema'
import { computeReliability } from './computeReliability'
import { idOf } from '../../data/read/ids'

type RefreshArgs = { payload: Payload; assessmentId: string; req?: PayloadRequest }

/**
 * Recomputes the assessment's reliability from every stored response and writes it straight to the
 * document row. The write skips hooks and versions on purpose: it is a derived statistic, not an
 * editorial change, so it must neither start a review nor be blocked by one.
 */
export const refreshReliability = async ({ payload, assessmentId, req }: RefreshArgs) => {
  const assessment = await payload.findByID({ collection: 'assessments', id: assessmentId, depth: 0, req })
  const { docs } = await payload.find({
    collection: 'assessment-responses',
    where: { assessment: { equals: assessmentId } },
    pagination: false,
    depth: 0,
    select: { answers: true, sample: true, retakeOf: true, createdAt: true },
    req,
  })
  const reliability = computeReliability({
    instrument: toInstrument(assessment),
    responses: docs.map((doc) => ({
      id: String(doc.id),
      answers: doc.answers as Answers,
      sample: doc.sample,
      retakeOf: idOf(doc.retakeOf) ?? null,
      createdAt: doc.createdAt,
    })),
  })
  await payload.db.updateOne({ collection: 'assessments', id: assessmentId, data: { reliability }, req })
  return reliability
}
