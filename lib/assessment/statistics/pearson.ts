import { mean } from './descriptive'

/** Pearson's product-moment correlation of paired values; NaN when either side has no variance. */
export const pearson = (pairs: readonly (readonly [number, number])[]): number => {
  if (pairs.length < 3) return Number.NaN
  const mx = mean(pairs.map(([x]) => x))
  const my = mean(pairs.map(([, y]) => y))
  let sxy = 0
  let sxx = 0
  let syy = 0
  for (const [x, y] of pairs) {
    sxy += (x - mx) * (y - my)
    sxx += (x - mx) ** 2
    syy += (y - my) ** 2
  }
  return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : Number.NaN
}
