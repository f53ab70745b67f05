import type { Payload } from 'payload'

import { paths } from '../../site/paths'
import type { Reliability } from '../reliability/types'

export type AssessmentMethodology = {
  title: string
  href: string
  synthetic: boolean
  reliability: Reliability
  dimensionLabels: Record<string, string>
}

/**
 * The assessment an evidence page should describe and link to: the skill-level instrument that
 * measures this very skill. Null when the skill has none, or until it is published with computed
 * reliability: the interest instrument, or another skill's, is never offered in its place.
 */
export const methodologyForSkill = async ({
  payload,
  skillSlug,
}: {
  payload: Payload
  skillSlug: string
}): Promise<AssessmentMethodology | null> => {
  const { docs } = await payload.find({
    collection: 'assessments',
    where: {
      and: [
        { kind: { equals: 'skill-level' } },
        { 'skill.slug': { equals: skillSlug } },
        { _status: { equals: 'published' } },
      ],
    },
    overrideAccess: false,
    depth: 0,
    limit: 1,
    pagination: false,
    select: { title: true, slug: true, norms: true, reliability: true, dimensions: true },
  })
  const chosen = docs[0]
  if (!chosen?.reliability || !chosen.slug) return null
  return {
    title: chosen.title,
    href: paths.assessment(chosen.slug),
    synthetic: Boolean(chosen.norms?.synthetic),
    reliability: chosen.reliability as Reliability,
    dimensionLabels: Object.fromEntries(
      (chosen.dimensions ?? []).map((dimension) => [dimension.key, dimension.label]),
    ),
  }
}
