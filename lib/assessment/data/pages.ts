import 'server-only'

import { loadAssessment } from './loadAssessment'
import { loadResult } from './loadResult'
import { payloadClient } from './payloadClient'

/** Loaders the assessment pages call; each returns null for the page to 404. */
export const getTakePage = async (slug: string) => loadAssessment({ payload: await payloadClient(), slug })

export const getResultPage = async (slug: string, resultId: string) =>
  loadResult({ payload: await payloadClient(), slug, resultId })
