import type { Payload, PayloadRequest } from 'payload'

import type { Assessment, Career, Finding, Skill } from '../../../payload-types'
import type { Instrument } from '../instrument'
import type { ResolvedRule } from '../recommend/types'
import type { Reliability } from '../reliability/types'
import { toInstrument } from '../toInstrument'

export type LoadedAssessment = {
  instrument: Instrument
  rules: ResolvedRule[]
  reliability: Reliability | null
}

const asDoc = <T extends { id: string }>(value: unknown): T | null =>
  value && typeof value === 'object' && 'id' in value ? (value as T) : null

const resolveRule = (rule: NonNullable<Assessment['recommendationRules']>[number]): ResolvedRule | null => {
  const career = asDoc<Career>(rule.career)
  const skill = asDoc<Skill>(rule.skill)
  const finding = asDoc<Finding>(rule.finding)
  // A rule whose career, skill or finding is not published is dropped: readers never get a dead link.
  if ((rule.career && !career) || (rule.skill && !skill) || !finding) return null
  return {
    career: career && career.slug ? { slug: career.slug, title: career.title } : null,
    skill: skill && skill.slug ? { slug: skill.slug, name: skill.name } : null,
    dimension: rule.dimension,
    reason: rule.reason,
    findingId: String(finding.id),
  }
}

/** The published instrument by slug, as a reader may see it (drafts and unpublished links hidden). */
export const loadAssessment = async ({
  payload,
  slug,
  req,
}: {
  payload: Payload
  slug: string
  req?: PayloadRequest
}): Promise<LoadedAssessment | null> => {
  const { docs } = await payload.find({
    collection: 'assessments',
    where: { and: [{ slug: { equals: slug } }, { _status: { equals: 'published' } }] },
    overrideAccess: false,
    depth: 1,
    limit: 1,
    pagination: false,
    req,
  })
  const doc = docs[0]
  if (!doc) return null
  const instrument = toInstrument(doc)
  // Only a skill-level result recommends rules; a matching one matches on O*NET interest profiles,
  // so rules left on a matching instrument from before that are never shown.
  const rules = instrument.kind === 'skill-level' ? (doc.recommendationRules ?? []) : []
  return {
    instrument,
    rules: rules.map(resolveRule).filter((rule): rule is ResolvedRule => rule !== null),
    reliability: (doc.reliability as Reliability | null | undefined) ?? null,
  }
}
