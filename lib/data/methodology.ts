import type { Payload } from 'payload'

import { methodologyForSkill } from '../assessment/data/methodologyForSkill'

/**
 * The reliability figures of the assessment that matches a skill, computed from collected responses.
 * The assessment (issue 5) fills this in; until it exists there are no figures, and the evidence page
 * says so in words rather than showing an empty number.
 */
export type Methodology = {
  assessmentTitle: string
  assessmentHref: string
  /** How many completed responses the figures below come from. */
  responses: number
  /** Cronbach's alpha per dimension, each computed from the responses. */
  internalConsistency: { dimension: string; alpha: number }[]
  /** Test–retest correlation, when enough people took it twice. */
  testRetest: { r: number; intervalDays: number } | null
  /** True while the responses are the generated demo sample: the page must say so. */
  synthetic: boolean
}

/** The live figures of the assessment that matches the skill, or null while none has any. */
export const getMethodology = async (args: {
  payload: Payload
  skillSlug: string
}): Promise<Methodology | null> => {
  const found = await methodologyForSkill(args)
  if (!found) return null
  const { reliability, dimensionLabels } = found
  const withAlpha = reliability.dimensions.filter((entry) => entry.alpha !== null)
  if (withAlpha.length === 0) return null
  const retest = reliability.dimensions.filter((entry) => entry.retest.r !== null)
  const interval = retest[0]?.retest.medianIntervalDays
  return {
    assessmentTitle: found.title,
    assessmentHref: found.href,
    responses: reliability.responses.live + reliability.responses.synthetic,
    internalConsistency: withAlpha.map((entry) => ({
      dimension: dimensionLabels[entry.dimension] ?? entry.dimension,
      alpha: entry.alpha!,
    })),
    // Reported as the lowest dimension's correlation, so the page never overstates stability.
    testRetest:
      retest.length > 0 && typeof interval === 'number'
        ? { r: Math.min(...retest.map((entry) => entry.retest.r!)), intervalDays: interval }
        : null,
    synthetic: found.synthetic,
  }
}
