import 'server-only'

import { loadAssessment } from './loadAssessment'
import { loadAssessmentIndex } from './loadAssessmentIndex'
import { loadResult } from './loadResult'
import { payloadClient } from './payloadClient'

/** Loaders the assessment pages call; each returns null (or nothing) for the page to 404. */
export const getAssessmentIndex = async () => loadAssessmentIndex({ payload: await payloadClient() })

export const getTakePage = async (slug: string) => loadAssessment({ payload: await payloadClient(), slug })

export const getResultPage = async (slug: string, resultId: string) =>
  loadResult({ payload: await payloadClient(), slug, resultId })
