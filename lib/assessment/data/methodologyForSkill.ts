import type { Payload } from 'payload'

import type { Reliability } from '../reliability/types'

export type AssessmentMethodology = {
  title: string
  href: string
  synthetic: boolean
  reliability: Reliability
  dimensionLabels: Record<string, string>
}

/**
 * The assessment an evidence page should describe: a skill-level instrument that recommends this
 * skill, else the matching instrument. Null until one is published with computed reliability.
 */
export const methodologyForSkill = async ({ payload, skillSlug }: { payload: Payload; skillSlug: string }): Promise<AssessmentMethodology | null> => {
  const { docs } = await payload.find({
    collection: 'assessments',
    where: { _status: { equals: 'published' } },
    overrideAccess: false,
    depth: 1,
    pagination: false,
    select: { title: true, slug: true, kind: true, norms: true, reliability: true, dimensions: true, recommendationRules: true },
  })
  const recommendsSkill = docs.find(
    (doc) =>
      doc.kind === 'skill-level' &&
      (doc.recommendationRules ?? []).some((rule) => typeof rule.skill === 'object' && rule.skill?.slug === skillSlug),
  )
  const chosen = recommendsSkill ?? docs.find((doc) => doc.kind === 'matching')
  if (!chosen?.reliability || !chosen.slug) return null
  return {
    title: chosen.title,
    href: `/assessments/${chosen.slug}`,
    synthetic: Boolean(chosen.norms?.synthetic),
    reliability: chosen.reliability as Reliability,
    dimensionLabels: Object.fromEntries((chosen.dimensions ?? []).map((dimension) => [dimension.key, dimension.label])),
  }
}
