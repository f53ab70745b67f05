import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { forgetAssessmentsForSubmit } from '../../../lib/assessment/data/assessmentForSubmit'

/** An edited, published, unpublished or deleted assessment is read afresh by the next submission. */
export const refreshSubmitCacheAfterChange: CollectionAfterChangeHook = ({ doc }) => {
  forgetAssessmentsForSubmit()
  return doc
}

export const refreshSubmitCacheAfterDelete: CollectionAfterDeleteHook = ({ doc }) => {
  forgetAssessmentsForSubmit()
  return doc
}
