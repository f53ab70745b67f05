import type { CollectionBeforeDeleteHook } from 'payload'

/**
 * An assessment's running statistics go with it: they describe nothing else, and their row would
 * otherwise hold the assessment in place through its foreign key.
 */
export const dropStatistics: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await req.payload.db.deleteMany({
    collection: 'assessment-statistics',
    where: { assessment: { equals: id } },
    req,
  })
}
