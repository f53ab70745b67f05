import type { Payload, PayloadRequest } from 'payload'

import { idOf } from '../../data/read/ids'
import type { Instrument } from '../instrument'
import { addAttempt, addRetestPair, dimensionTotals, emptyStatistics } from './accumulate'
import type { RunningStatistics } from './types'

/** Responses read per query: bounds memory, whatever the number stored. */
const PAGE_SIZE = 2000

type Compact = { totals: number[] | null; createdAt: string; retakeOf: string | null }

/**
 * The running statistics from scratch, from every stored response of the assessment: the full
 * recompute behind `npm run stats:rebuild`, a deleted response, and an instrument whose items
 * changed. Responses are read a page at a time, in id order (stable, unlike times); only each
 * one's dimension totals are kept until the (attempt, retake) pairs are formed at the end.
 */
export const computeStatistics = async ({
  payload,
  instrument,
  req,
}: {
  payload: Payload
  instrument: Instrument
  req?: PayloadRequest
}): Promise<RunningStatistics> => {
  let statistics = emptyStatistics(instrument)
  const seen = new Map<string, Compact>()
  for (let page = 1; ; page++) {
    const { docs, hasNextPage } = await payload.find({
      collection: 'assessment-responses',
      where: { assessment: { equals: instrument.id } },
      select: { answers: true, sample: true, retakeOf: true, createdAt: true },
      sort: 'id',
      depth: 0,
      limit: PAGE_SIZE,
      page,
      req,
    })
    for (const doc of docs) {
      const answers = (doc.answers ?? {}) as Record<string, unknown>
      statistics = addAttempt({ statistics, instrument, answers, sample: doc.sample })
      seen.set(String(doc.id), {
        totals: dimensionTotals(instrument, answers),
        createdAt: doc.createdAt,
        retakeOf: idOf(doc.retakeOf) ?? null,
      })
    }
    if (!hasNextPage) break
  }
  for (const retake of seen.values()) {
    const first = retake.retakeOf ? seen.get(retake.retakeOf) : undefined
    if (!first?.totals || !retake.totals) continue
    statistics = addRetestPair({
      statistics,
      first: { totals: first.totals, createdAt: first.createdAt },
      retake: { totals: retake.totals, createdAt: retake.createdAt },
    })
  }
  return statistics
}
