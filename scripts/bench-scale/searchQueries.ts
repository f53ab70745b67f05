import { careers, skills } from '../../seed/data'

/**
 * The same queries on every catalogue, so their times compare: the demo's career titles and skill
 * names, whole and word by word (each matches in every catalogue; the larger ones match more).
 */
export const searchQueries = (): string[] => {
  const names = [...careers.map((career) => career.title), ...skills.map((skill) => skill.name)]
  const words = names.flatMap((name) => name.split(/\s+/)).filter((word) => word.length >= 3)
  return [...new Set([...names, ...words].map((query) => query.toLowerCase()))]
}
