import { type OnetJobZone } from './jobZones'
import { type OccupationRecord } from './occupationData'
import { type Linked, type Parsed } from './parseRows'
import {
  type OnetAlternateTitle,
  type OnetInterests,
  type OnetOccupation,
  type OnetRelatedOccupation,
  type OnetTask,
  type OnetTechnology,
} from './types'

/** A link file's items per occupation code, in file order. */
const byCode = <Item>(parsed: Parsed<Linked<Item>>[]): Map<string, Item[]> => {
  const grouped = new Map<string, Item[]>()
  for (const { value } of parsed) {
    const items = grouped.get(value.code)
    if (items) items.push(value.item)
    else grouped.set(value.code, [value.item])
  }
  return grouped
}

const byIndex = (a: OnetRelatedOccupation, b: OnetRelatedOccupation) =>
  a.index - b.index || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)

/** One record per occupation of Occupation Data, sorted by code, with everything the link files give it. */
export const assembleOccupations = (parts: {
  occupations: Parsed<OccupationRecord>[]
  alternateTitles: Parsed<Linked<OnetAlternateTitle>>[]
  jobZones: Parsed<Linked<OnetJobZone>>[]
  tasks: Parsed<Linked<OnetTask>>[]
  interests: ReadonlyMap<string, OnetInterests>
  related: Parsed<Linked<OnetRelatedOccupation>>[]
  technologies: Parsed<Linked<OnetTechnology>>[]
}): OnetOccupation[] => {
  const alternateTitles = byCode(parts.alternateTitles)
  const jobZones = byCode(parts.jobZones)
  const tasks = byCode(parts.tasks)
  const related = byCode(parts.related)
  const technologies = byCode(parts.technologies)
  return parts.occupations
    .map(({ value: { code, title, description } }) => ({
      code,
      title,
      description,
      alternateTitles: alternateTitles.get(code) ?? [],
      jobZone: jobZones.get(code)?.[0] ?? null,
      tasks: tasks.get(code) ?? [],
      interests: parts.interests.get(code) ?? null,
      related: (related.get(code) ?? []).sort(byIndex),
      technologies: technologies.get(code) ?? [],
    }))
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
}
