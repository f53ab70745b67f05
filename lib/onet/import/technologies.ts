import { normaliseTerm } from '../../search/normalise'
import type { OnetOccupation } from '../release/types'

/** One technology as the release names it across every occupation that uses it. */
export type Technology = {
  key: string
  name: string
  commodityCode: string
  commodityTitle: string
  /** Every spelling the release uses for it, most frequent first. */
  examples: string[]
}

const mostFrequent = (counts: Map<string, number>): string[] =>
  [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([value]) => value)

const tally = (counts: Map<string, number>, value: string) => counts.set(value, (counts.get(value) ?? 0) + 1)

/**
 * The distinct technologies of a release: examples whose names normalise alike are one technology,
 * named by its most frequent spelling and filed under its most frequent commodity.
 */
export const collectTechnologies = (occupations: OnetOccupation[]): Map<string, Technology> => {
  const spellings = new Map<string, Map<string, number>>()
  const commodities = new Map<string, Map<string, number>>()
  const commodityTitles = new Map<string, string>()
  for (const occupation of occupations) {
    for (const technology of occupation.technologies) {
      const key = normaliseTerm(technology.example)
      if (!key) continue
      if (!spellings.has(key)) spellings.set(key, new Map())
      if (!commodities.has(key)) commodities.set(key, new Map())
      tally(spellings.get(key)!, technology.example)
      tally(commodities.get(key)!, technology.commodityCode)
      commodityTitles.set(technology.commodityCode, technology.commodityTitle)
    }
  }
  const technologies = new Map<string, Technology>()
  for (const [key, counts] of spellings) {
    const examples = mostFrequent(counts)
    const [commodityCode] = mostFrequent(commodities.get(key)!)
    technologies.set(key, {
      key,
      name: examples[0],
      commodityCode,
      commodityTitle: commodityTitles.get(commodityCode) ?? '',
      examples,
    })
  }
  return technologies
}
