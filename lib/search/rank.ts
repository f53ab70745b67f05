import { normaliseTerm } from './normalise'
import type { SearchQuery } from './query'

/** How a result matched, best first: the order results are ranked in. */
export const MATCH_KINDS = [
  'exact-title',
  'title-word-start',
  'alternate-exact',
  'alternate-word-start',
  'contains',
] as const

export type MatchKind = (typeof MATCH_KINDS)[number]

export type Candidate<T> = {
  item: T
  /** The title or name as shown. */
  title: string
  /** Every normalised name the document is found by, its title among them (`namesOf(searchText)`). */
  names: string[]
  /** Curated content with evidence pages: ranked above other results that match as well. */
  boosted: boolean
}

export type Ranked<T> = {
  item: T
  match: MatchKind
  /** The other name that matched, normalised, when the title itself did not. */
  matchedName: string | null
}

/** The phrase begins a word of the name: "program" in "computer programmers", not "gram". */
const startsAWordIn = (name: string, phrase: string) => ` ${name}`.includes(` ${phrase}`)

type Scored<T> = Ranked<T> & { kind: number; boosted: boolean; namesMatching: number; title: string }

const score = <T>(query: SearchQuery, candidate: Candidate<T>): Scored<T> | null => {
  const title = normaliseTerm(candidate.title)
  const others = candidate.names.filter((name) => name !== title)
  const exactOther = others.find((name) => name === query.phrase)
  const startOther = others.find((name) => startsAWordIn(name, query.phrase))
  const allNames = [title, ...others]
  let match: MatchKind | null = null
  if (title === query.phrase) match = 'exact-title'
  else if (startsAWordIn(title, query.phrase)) match = 'title-word-start'
  else if (exactOther) match = 'alternate-exact'
  else if (startOther) match = 'alternate-word-start'
  else if (query.words.every((word) => allNames.some((name) => startsAWordIn(name, word)))) match = 'contains'
  if (!match) return null
  const titleMatched = match === 'exact-title' || match === 'title-word-start'
  return {
    item: candidate.item,
    match,
    matchedName: titleMatched ? null : (exactOther ?? startOther ?? null),
    kind: MATCH_KINDS.indexOf(match),
    boosted: candidate.boosted,
    namesMatching: allNames.filter((name) => startsAWordIn(name, query.phrase)).length,
    title: candidate.title,
  }
}

/**
 * Ranks what the database found: by how the query matched (exact title, a word of the title, an
 * exact other name, a word of another name, the words anywhere), then boosted content first, then
 * the result more of whose names match, then the shorter title, then alphabetically. Candidates
 * that do not match at all are dropped.
 */
export const rankResults = <T>(query: SearchQuery, candidates: Candidate<T>[]): Ranked<T>[] =>
  candidates
    .map((candidate) => score(query, candidate))
    .filter((scored): scored is Scored<T> => scored !== null)
    .sort(
      (a, b) =>
        a.kind - b.kind ||
        Number(b.boosted) - Number(a.boosted) ||
        b.namesMatching - a.namesMatching ||
        a.title.length - b.title.length ||
        a.title.localeCompare(b.title),
    )
    .map(({ item, match, matchedName }) => ({ item, match, matchedName }))
