import { commitTransaction, initTransaction, killTransaction, type PayloadRequest } from 'payload'

/**
 * Runs work that writes several documents as one change: all of it lands or none of it does. When the
 * request already has a transaction, the work joins it and its owner commits.
 */
export const inTransaction = async <T>(req: PayloadRequest, work: () => Promise<T>): Promise<T> => {
  const owns = await initTransaction(req)
  try {
    const result = await work()
    if (owns) await commitTransaction(req)
    return result
  } catch (error) {
    if (owns) await killTransaction(req)
    throw error
  }
}

/**
 * The Local API merges a call's `context` into the shared request and leaves it there; a licence given to
 * one nested save (system, bundle) must end with it.
 */
export const keepingContext = async <T>(req: PayloadRequest, work: () => Promise<T>): Promise<T> => {
  const saved = { ...req.context }
  try {
    return await work()
  } finally {
    req.context = saved
  }
}
