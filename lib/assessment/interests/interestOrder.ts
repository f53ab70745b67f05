import { isRiasecKey, RIASEC_KEYS, type RiasecKey, type RiasecScores } from './riasec'

/** Scores this close count as equal: both instruments report two decimals at most. */
const TIE_TOLERANCE = 1e-9

/**
 * The six types from strongest to weakest, equal scores grouped together (within a group, in RIASEC
 * order). `[['I'], ['R', 'C'], …]` reads "Investigative, then Realistic and Conventional equally".
 */
export const interestOrder = (scores: RiasecScores): RiasecKey[][] => {
  const sorted = [...RIASEC_KEYS].sort((a, b) => scores[b] - scores[a])
  const groups: RiasecKey[][] = []
  for (const key of sorted) {
    const last = groups.at(-1)
    if (last && Math.abs(scores[last[0]] - scores[key]) <= TIE_TOLERANCE) last.push(key)
    else groups.push([key])
  }
  return groups
}

/** All six scores equal: the profile ranks nothing above anything else. */
export const isFlatProfile = (scores: RiasecScores): boolean => interestOrder(scores).length === 1

export type TopInterests = {
  /** Strongest first, tie groups kept together, so there may be more than `count` letters. */
  groups: RiasecKey[][]
  letters: RiasecKey[]
  /** A tie crosses the cut: more letters than asked for share the last place. */
  tiedAtCut: boolean
}

/**
 * The reader's top `count` types, the way a Holland code takes the first three letters, but a tie
 * at the cut brings every tied type in rather than picking one of them arbitrarily.
 */
export const topInterests = (scores: RiasecScores, count = 3): TopInterests => {
  const groups: RiasecKey[][] = []
  let taken = 0
  for (const group of interestOrder(scores)) {
    if (taken >= count) break
    groups.push(group)
    taken += group.length
  }
  return { groups, letters: groups.flat(), tiedAtCut: taken > count }
}

/** 'I-R-C', with tied types joined by '=': 'I-R=C'. */
export const formatOrder = (groups: readonly (readonly RiasecKey[])[]): string =>
  groups.map((group) => group.join('=')).join('-')

/** O*NET's high-point code ('ICR') as single-letter groups, ignoring anything not a RIASEC letter. */
export const highPointGroups = (highPoint: string): RiasecKey[][] =>
  [...highPoint.toUpperCase()].filter(isRiasecKey).map((letter) => [letter])
