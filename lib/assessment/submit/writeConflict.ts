import { ValidationError } from 'payload'

import { STATISTICS_COLLECTION } from '../running/storedStatistics'

type MongoError = { errorLabels?: unknown; hasErrorLabel?: (label: string) => boolean; code?: unknown }

/**
 * A transaction that lost a race with another process and may simply be run again: MongoDB aborts
 * all but one of concurrent transactions writing one document (a transient transaction error, or
 * write conflict 112), and two first submissions to a new assessment may both try to create its
 * statistics document, which the unique index refuses to the second.
 */
export const isWriteConflict = (error: unknown): boolean => {
  if (error instanceof ValidationError) {
    return (error.data as { collection?: string } | undefined)?.collection === STATISTICS_COLLECTION
  }
  if (!error || typeof error !== 'object') return false
  const mongo = error as MongoError
  if (typeof mongo.hasErrorLabel === 'function' && mongo.hasErrorLabel('TransientTransactionError'))
    return true
  if (Array.isArray(mongo.errorLabels) && mongo.errorLabels.includes('TransientTransactionError')) return true
  return mongo.code === 112
}
