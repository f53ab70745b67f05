/**
 * Values counted by value, kept sorted: a histogram whose bins are the distinct values themselves.
 * Dimension scores take only as many values as the scale's resolution allows (5 items of 1–5: 21),
 * so a tally stays a few dozen entries however many responses it counts. Parallel arrays rather than
 * an object keyed by value, because a key such as "3.4" is not a safe MongoDB field name.
 */
export type Tally = { values: number[]; counts: number[] }

export const emptyTally = (): Tally => ({ values: [], counts: [] })

export const tallySize = (tally: Tally): number => tally.counts.reduce((sum, count) => sum + count, 0)

/** The tally with one more `value`; the input is left as it was. */
export const addToTally = (tally: Tally, value: number): Tally => {
  const values = [...tally.values]
  const counts = [...tally.counts]
  const at = values.findIndex((existing) => existing >= value)
  if (at !== -1 && values[at] === value) counts[at]++
  else {
    const index = at === -1 ? values.length : at
    values.splice(index, 0, value)
    counts.splice(index, 0, 1)
  }
  return { values, counts }
}

/** How many tallied values lie below `score`, and how many equal it. */
export const countBelowAndTied = (tally: Tally, score: number): { below: number; tied: number } => {
  let below = 0
  let tied = 0
  tally.values.forEach((value, index) => {
    if (value < score) below += tally.counts[index]
    else if (value === score) tied += tally.counts[index]
  })
  return { below, tied }
}

/** The median of the tallied values (mean of the middle two for an even count); null when empty. */
export const tallyMedian = (tally: Tally): number | null => {
  const n = tallySize(tally)
  if (n === 0) return null
  const valueAt = (position: number) => {
    let seen = 0
    for (let index = 0; index < tally.values.length; index++) {
      seen += tally.counts[index]
      if (position < seen) return tally.values[index]
    }
    return tally.values.at(-1)!
  }
  return (valueAt(Math.floor((n - 1) / 2)) + valueAt(Math.floor(n / 2))) / 2
}
