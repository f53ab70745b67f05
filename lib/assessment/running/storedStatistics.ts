import type { Payload, PayloadRequest } from 'payload'

import type { Instrument } from '../instrument'
import { computeStatistics } from './computeStatistics'
import { instrumentKey } from './instrumentKey'
import { reliabilityFrom } from './reliabilityFrom'
import type { RunningStatistics } from './types'

export const STATISTICS_COLLECTION = 'assessment-statistics'

/** The statistics and the document they live in (null until the first write creates it). */
export type StoredStatistics = { id: string | null; statistics: RunningStatistics }

type ReadArgs = { payload: Payload; instrument: Instrument; req: PayloadRequest }

/**
 * The assessment's running statistics, read in `req`'s transaction: one indexed read. When there
 * are none yet, or they were built on another version of the instrument's items, they are rebuilt
 * from the stored responses, once (`rebuilt` says so).
 */
export const readStatistics = async ({
  payload,
  instrument,
  req,
}: ReadArgs): Promise<StoredStatistics & { rebuilt: boolean }> => {
  const doc = await payload.db.findOne<{
    id: string | number
    instrumentKey: string
    statistics: RunningStatistics
  }>({
    collection: STATISTICS_COLLECTION,
    where: { assessment: { equals: instrument.id } },
    req,
  })
  const id = doc ? String(doc.id) : null
  if (doc && doc.instrumentKey === instrumentKey(instrument)) {
    return { id, statistics: doc.statistics, rebuilt: false }
  }
  return { id, statistics: await computeStatistics({ payload, instrument, req }), rebuilt: true }
}

/**
 * Writes the statistics and the reliability derived from them, in `req`'s transaction. Both writes
 * go straight to the rows: they are derived figures, not editorial changes, so they neither start a
 * review nor wait for one, and nothing is read back.
 */
export const writeStatistics = async ({
  payload,
  instrument,
  stored,
  req,
}: ReadArgs & { stored: StoredStatistics }) => {
  const data = { instrumentKey: stored.statistics.instrumentKey, statistics: stored.statistics }
  if (stored.id) {
    await payload.db.updateOne({
      collection: STATISTICS_COLLECTION,
      id: stored.id,
      data,
      req,
      returning: false,
    })
  } else {
    await payload.create({
      collection: STATISTICS_COLLECTION,
      data: { assessment: instrument.id, ...data },
      depth: 0,
      req,
    })
  }
  const reliability = reliabilityFrom({ statistics: stored.statistics, instrument })
  await payload.db.updateOne({
    collection: 'assessments',
    id: instrument.id,
    data: { reliability },
    req,
    returning: false,
  })
  return reliability
}
