import type { JobZoneReference, OnetOccupation } from '../release/types'
import { type CareerFacts, careerFactsOf } from './careerFacts'
import type { CurrentState, Existing } from './currentState'
import { type SkillFacts, skillFactsOf } from './skillFacts'
import { slugAllocator } from './slugs'
import type { Technology } from './technologies'

export type Action = 'create' | 'update'

/** One document an import writes, and why. */
export type Change<Facts> = {
  action: Action
  key: string
  label: string
  slug: string
  /** The document's id when it exists already. */
  id?: string
  facts: Facts
  /** Which facts differ from the document as it stands ('all' for a new one). */
  fields: string[]
}

/** A document an import leaves alone although the release changes it. */
export type HeldBack = { kind: 'career' | 'skill'; key: string; label: string; reason: string }

export type Plan<Facts> = { changes: Change<Facts>[]; unchanged: number; heldBack: HeldBack[] }

const changedFields = (before: Record<string, string>, after: Record<string, string>): string[] =>
  Object.keys(after).filter((field) => field !== 'all' && before[field] !== after[field])

const EDITORIAL_DRAFT =
  'It has an unpublished editorial draft; publish or discard that draft, then import again.'

const planOne = <Facts extends { checksums: Record<string, string> }>(args: {
  kind: 'career' | 'skill'
  key: string
  label: string
  facts: Facts
  current: Existing | undefined
  slugFor: (args: { label: string; key: string; current?: string | null }) => string
  plan: Plan<Facts>
}) => {
  const { kind, key, label, facts, current, slugFor, plan } = args
  if (current?.editorialDraft) {
    plan.heldBack.push({ kind, key, label, reason: EDITORIAL_DRAFT })
    return
  }
  if (current && current.checksums.all === facts.checksums.all) {
    plan.unchanged += 1
    return
  }
  plan.changes.push({
    action: current ? 'update' : 'create',
    key,
    label,
    slug: slugFor({ label, key, current: current?.slug }),
    id: current?.id,
    facts,
    fields: current ? changedFields(current.checksums, facts.checksums) : ['all'],
  })
}

/** Technologies that match a curated skill are not written: careers link to the curated skill. */
export const planSkills = (technologies: Map<string, Technology>, state: CurrentState) => {
  const plan: Plan<SkillFacts['onet'] & { name: string }> = { changes: [], unchanged: 0, heldBack: [] }
  let matchedCurated = 0
  const slugFor = slugAllocator(state.takenSkillSlugs)
  for (const technology of [...technologies.values()].sort((a, b) => a.key.localeCompare(b.key))) {
    if (state.curatedSkillsByKey.has(technology.key)) {
      matchedCurated += 1
      continue
    }
    const { name, onet } = skillFactsOf(technology)
    planOne({
      kind: 'skill',
      key: technology.key,
      label: name,
      facts: { ...onet, name },
      current: state.skillsByKey.get(technology.key),
      slugFor,
      plan,
    })
  }
  return { ...plan, matchedCurated }
}

export const planCareers = (args: {
  occupations: OnetOccupation[]
  jobZones: JobZoneReference[]
  state: CurrentState
  skillFor: (example: string) => string | undefined
}) => {
  const { occupations, state, skillFor } = args
  const jobZones = new Map(args.jobZones.map((zone) => [zone.zone as number, zone]))
  const plan: Plan<CareerFacts & { title: string }> = { changes: [], unchanged: 0, heldBack: [] }
  const slugFor = slugAllocator(state.takenCareerSlugs)
  for (const occupation of occupations) {
    const facts = careerFactsOf({ occupation, jobZones, skillFor })
    planOne({
      kind: 'career',
      key: occupation.code,
      label: occupation.title,
      facts: { ...facts, title: occupation.title },
      current: state.careersByCode.get(occupation.code),
      slugFor,
      plan,
    })
  }
  return plan
}
