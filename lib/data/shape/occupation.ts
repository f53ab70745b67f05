import type { Career, Skill } from '../../../payload-types'
import { domainSourceView, releaseMonth } from '../../onet/domainSources'
import {
  parseStoredList,
  storedAlternateTitle,
  storedRelated,
  storedTask,
  storedTechnology,
  type StoredTechnology,
} from '../../onet/facts'
import { jobFamilyTitle } from '../../onet/jobFamilies'
import { highPointAreas, INTEREST_AREAS } from '../../onet/riasec'
import { paths } from '../../site/paths'
import type {
  FactProvenance,
  InterestProfileView,
  JobFamilyLink,
  JobZoneView,
  OccupationView,
  TechnologiesView,
  TechnologyView,
} from '../onetTypes'
import { toCareerLink } from './catalogue'

type Onet = NonNullable<Career['onet']>

/** Long enough to read through; the rest are still found by search. */
export const ALTERNATE_TITLES_SHOWN = 150

const text = (value: string | null | undefined): string | null => value?.trim() || null

export const toFactProvenance = (fact: {
  date?: string | null
  domainSource?: string | null
}): FactProvenance => ({
  source: domainSourceView(fact.domainSource),
  date: releaseMonth(fact.date),
})

export const toJobFamilyLink = (family: string | null | undefined): JobFamilyLink | null => {
  const title = family ? jobFamilyTitle(family) : undefined
  return family && title ? { code: family, title, href: paths.family(family) } : null
}

export const toJobZone = (jobZone: Onet['jobZone']): JobZoneView | null => {
  if (!jobZone?.zone) return null
  return {
    zone: jobZone.zone,
    name: text(jobZone.name),
    education: text(jobZone.education),
    experience: text(jobZone.experience),
    training: text(jobZone.training),
    provenance: toFactProvenance(jobZone),
  }
}

/** The six scores, or null unless the release gave all six. */
export const toInterestProfile = (interests: Onet['interests']): InterestProfileView | null => {
  if (!interests) return null
  const scores = INTEREST_AREAS.map((area) => ({
    letter: area.letter,
    name: area.name,
    description: area.description,
    score: interests[area.field],
  }))
  if (!scores.every((entry) => typeof entry.score === 'number')) return null
  const areas = highPointAreas(interests.highPoint)
  return {
    scores: scores.map((entry) => ({ ...entry, score: entry.score as number })),
    highPoint: areas.length
      ? {
          code: areas.map((area) => area.letter).join(''),
          areas: areas.map(({ letter, name }) => ({ letter, name })),
        }
      : null,
    provenance: toFactProvenance(interests),
  }
}

const byName = (a: TechnologyView, b: TechnologyView) => a.name.localeCompare(b.name)

/**
 * Technologies as a reader scans them: what employers ask for first (in demand, then hot), the rest
 * grouped by kind. A technology links to its page when that page is published.
 */
export const toTechnologies = (stored: StoredTechnology[], skills: Map<string, Skill>): TechnologiesView => {
  const views = stored.map((technology): TechnologyView => {
    const skill = skills.get(technology.skill)
    return {
      name: skill?.name ?? technology.example,
      href: skill?.slug ? paths.skill(skill.slug) : null,
      commodity: technology.commodityTitle,
      hot: technology.hot,
      inDemand: technology.inDemand,
    }
  })
  const marked = views
    .filter((view) => view.hot || view.inDemand)
    .sort((a, b) => Number(b.inDemand) - Number(a.inDemand) || byName(a, b))
  const groups = new Map<string, TechnologyView[]>()
  for (const view of views.filter((item) => !item.hot && !item.inDemand)) {
    groups.set(view.commodity, [...(groups.get(view.commodity) ?? []), view])
  }
  const others = [...groups]
    .map(([commodity, items]) => ({ commodity, items: items.sort(byName) }))
    .sort((a, b) => b.items.length - a.items.length || a.commodity.localeCompare(b.commodity))
  return { total: views.length, marked, others }
}

type OccupationArgs = {
  occupation: Career
  /** Published, ready careers by O*NET-SOC code, for the related occupations. */
  careersByCode: Map<string, Career>
  /** Published, ready skills by ID, for the technologies. */
  skills: Map<string, Skill>
}

/** One pure adapter from an imported occupation to what its facts look like on a page. */
export const toOccupationView = ({ occupation, careersByCode, skills }: OccupationArgs): OccupationView => {
  const onet: Onet = occupation.onet ?? {}
  const titles = [
    ...new Set(parseStoredList(storedAlternateTitle, onet.alternateTitles).map(({ title }) => title)),
  ]
  const related = parseStoredList(storedRelated, onet.related)
    .sort((a, b) => a.rank - b.rank)
    .map(({ code }) => careersByCode.get(code))
    .filter((career): career is Career => Boolean(career) && career?.id !== occupation.id)
  return {
    title: occupation.title,
    code: onet.code ?? '',
    href: paths.career(occupation.slug ?? ''),
    family: toJobFamilyLink(onet.jobFamily),
    description: text(onet.description),
    tasks: parseStoredList(storedTask, onet.tasks).map((task) => ({
      id: task.id,
      statement: task.statement,
      provenance: toFactProvenance(task),
    })),
    jobZone: toJobZone(onet.jobZone),
    interests: toInterestProfile(onet.interests),
    technologies: toTechnologies(parseStoredList(storedTechnology, onet.technologies), skills),
    alternateTitles: { total: titles.length, shown: titles.slice(0, ALTERNATE_TITLES_SHOWN) },
    related: [...new Map(related.map((career) => [career.id, toCareerLink(career)])).values()],
  }
}

/** The skill IDs an occupation's technologies point at, to load in one `in` query. */
export const technologySkillIds = (occupation: Career): string[] =>
  parseStoredList(storedTechnology, occupation.onet?.technologies).map(({ skill }) => skill)

/** The O*NET-SOC codes of an occupation's related occupations, to load in one `in` query. */
export const relatedCodes = (occupation: Career): string[] =>
  parseStoredList(storedRelated, occupation.onet?.related).map(({ code }) => code)
