import type { StoredAlternateTitle, StoredRelated, StoredTask, StoredTechnology } from '../facts'
import { jobFamilyOf } from '../jobFamilies'
import type { JobZoneReference, OnetOccupation } from '../release/types'
import { checksumOf } from './checksum'

/** What an import writes into a career's `onet` group, before the run's own id is added. */
export type CareerFacts = {
  code: string
  jobFamily: string
  description: string
  jobZone: {
    zone: number | null
    date: string | null
    domainSource: string | null
    name: string | null
    education: string | null
    experience: string | null
    training: string | null
  }
  interests: {
    realistic: number | null
    investigative: number | null
    artistic: number | null
    social: number | null
    enterprising: number | null
    conventional: number | null
    highPoint: string | null
    date: string | null
    domainSource: string | null
  }
  alternateTitles: StoredAlternateTitle[]
  tasks: StoredTask[]
  related: StoredRelated[]
  technologies: StoredTechnology[]
  technologySkills: string[]
  hotTechnologySkills: string[]
  inDemandTechnologySkills: string[]
  checksums: Record<string, string>
}

type FactsArgs = {
  occupation: OnetOccupation
  jobZones: Map<number, JobZoneReference>
  /** The skill each technology is, by normalised name: a curated skill it matched, or an imported one. */
  skillFor: (example: string) => string | undefined
}

const jobZoneOf = (
  occupation: OnetOccupation,
  jobZones: Map<number, JobZoneReference>,
): CareerFacts['jobZone'] => {
  const zone = occupation.jobZone
  const reference = zone ? jobZones.get(zone.zone) : undefined
  return {
    zone: zone?.zone ?? null,
    date: zone?.provenance.date ?? null,
    domainSource: zone?.provenance.domainSource ?? null,
    name: reference?.name ?? null,
    education: reference?.education ?? null,
    experience: reference?.experience ?? null,
    training: reference?.training ?? null,
  }
}

const interestsOf = ({ interests }: OnetOccupation): CareerFacts['interests'] => ({
  realistic: interests?.scores.R ?? null,
  investigative: interests?.scores.I ?? null,
  artistic: interests?.scores.A ?? null,
  social: interests?.scores.S ?? null,
  enterprising: interests?.scores.E ?? null,
  conventional: interests?.scores.C ?? null,
  highPoint: interests?.highPoint || null,
  date: interests?.provenance.date ?? null,
  domainSource: interests?.provenance.domainSource ?? null,
})

/**
 * Core tasks, and tasks O*NET has not rated as core or supplemental (newer occupations, such as
 * Software Developers in 29.2, have only unrated tasks). Supplemental tasks are left out: O*NET rates
 * them less relevant to the occupation.
 */
const coreTasksOf = ({ tasks }: OnetOccupation): StoredTask[] =>
  tasks
    .filter((task) => task.type !== 'Supplemental')
    .map((task) => ({
      id: task.id,
      statement: task.statement,
      rated: task.type === 'Core' ? 'core' : 'unrated',
      incumbentsResponding: task.incumbentsResponding,
      date: task.provenance.date,
      domainSource: task.provenance.domainSource,
    }))

/** One entry per technology skill: the release may list two spellings of one technology. */
const technologiesOf = (occupation: OnetOccupation, skillFor: FactsArgs['skillFor']): StoredTechnology[] => {
  const bySkill = new Map<string, StoredTechnology>()
  for (const technology of occupation.technologies) {
    const skill = skillFor(technology.example)
    if (!skill) continue
    const known = bySkill.get(skill)
    bySkill.set(skill, {
      skill,
      example: known?.example ?? technology.example,
      commodityTitle: known?.commodityTitle ?? technology.commodityTitle,
      hot: Boolean(known?.hot) || technology.hot,
      inDemand: Boolean(known?.inDemand) || technology.inDemand,
    })
  }
  return [...bySkill.values()]
}

/** The facts of one occupation as a career keeps them, each with its provenance, and their fingerprints. */
export const careerFactsOf = ({ occupation, jobZones, skillFor }: FactsArgs): CareerFacts => {
  const facts = {
    code: occupation.code,
    jobFamily: jobFamilyOf(occupation.code),
    description: occupation.description,
    jobZone: jobZoneOf(occupation, jobZones),
    interests: interestsOf(occupation),
    alternateTitles: occupation.alternateTitles.map(({ title, shortTitle }) => ({ title, shortTitle })),
    tasks: coreTasksOf(occupation),
    related: occupation.related.map(({ code, tier, index }) => ({ code, tier, rank: index })),
    technologies: technologiesOf(occupation, skillFor),
  }
  const checksums: Record<string, string> = Object.fromEntries(
    Object.entries({ title: occupation.title, ...facts }).map(([field, value]) => [field, checksumOf(value)]),
  )
  checksums.all = checksumOf(checksums)
  const skillsWhere = (keep: (technology: StoredTechnology) => boolean) =>
    facts.technologies.filter(keep).map(({ skill }) => skill)
  return {
    ...facts,
    technologySkills: skillsWhere(() => true),
    hotTechnologySkills: skillsWhere(({ hot }) => hot),
    inDemandTechnologySkills: skillsWhere(({ inDemand }) => inDemand),
    checksums,
  }
}
