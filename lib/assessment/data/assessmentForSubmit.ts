import type { Payload } from 'payload'

import { type LoadedAssessment, loadAssessment } from './loadAssessment'

/**
 * How long a published assessment read for the submit path is reused. A change made through this
 * process clears it at once (`forgetAssessmentsForSubmit`); one made through another process reaches
 * submissions within this time, the same bound the site keeps for a publish or a retraction.
 */
export const SUBMIT_CACHE_MS = 2000

const cache = new Map<string, { at: number; loaded: Promise<LoadedAssessment | null> }>()

/**
 * The published assessment as `loadAssessment` gives it, shared by the submissions of the next two
 * seconds: reading it (the instrument, its rules with their careers, skills and findings) is most of
 * a submission's cost otherwise. Concurrent submissions share one read.
 */
export const assessmentForSubmit = ({ payload, slug }: { payload: Payload; slug: string }) => {
  const hit = cache.get(slug)
  if (hit && Date.now() - hit.at < SUBMIT_CACHE_MS) return hit.loaded
  const loaded = loadAssessment({ payload, slug })
  cache.set(slug, { at: Date.now(), loaded })
  loaded.catch(() => cache.delete(slug))
  return loaded
}

/** Called when an assessment changes in this process; changes to what its rules link to arrive within `SUBMIT_CACHE_MS`. */
export const forgetAssessmentsForSubmit = () => cache.clear()
