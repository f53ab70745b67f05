/**
 * Statistics from running sums, so a figure over n responses costs the same at n = 10 as at
 * n = 100,000. Each matches its counterpart over the raw values (descriptive, cronbachAlpha,
 * pearson), including NaN where that one has no value.
 */

/** Σx and Σx² of one variable. */
export type Moments = { sum: number; squares: number }

/**
 * Σ(x − mean)² from the sums. Rounding can leave a constant variable a hair above zero, where a
 * two-pass sum gives exactly zero, so anything within rounding of zero is zero: otherwise alpha
 * or r would be computed from noise instead of being reported as undefined.
 */
const centredSquares = (n: number, { sum, squares }: Moments): number => {
  const value = squares - (sum * sum) / n
  return value > 1e-12 * Math.max(1, squares) ? value : 0
}

/** Sample variance (n − 1) from n, Σx and Σx²; NaN below two values. */
export const varianceFromSums = (n: number, moments: Moments): number =>
  n < 2 ? Number.NaN : centredSquares(n, moments) / (n - 1)

/** What Cronbach's alpha needs: n, and the moments of each item and of the total. */
export type AlphaSums = { n: number; items: Moments[]; total: Moments }

/** α = k/(k−1) · (1 − Σ var(item) / var(total)); NaN as `cronbachAlpha` gives it. */
export const alphaFromSums = ({ n, items, total }: AlphaSums): number => {
  const k = items.length
  if (n < 2 || k < 2) return Number.NaN
  const totalVariance = varianceFromSums(n, total)
  if (!(totalVariance > 0)) return Number.NaN
  const itemVariance = items.reduce((sum, item) => sum + varianceFromSums(n, item), 0)
  return (k / (k - 1)) * (1 - itemVariance / totalVariance)
}

/** What Pearson's r needs over n pairs: Σx, Σy, Σx², Σy² and Σxy. */
export type PairSums = { n: number; x: Moments; y: Moments; products: number }

/** Pearson's r from running sums; NaN below three pairs or when either side is constant. */
export const pearsonFromSums = ({ n, x, y, products }: PairSums): number => {
  if (n < 3) return Number.NaN
  const sxx = centredSquares(n, x)
  const syy = centredSquares(n, y)
  const sxy = products - (x.sum * y.sum) / n
  return sxx > 0 && syy > 0 ? Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy))) : Number.NaN
}

export const addToMoments = (moments: Moments, value: number): Moments => ({
  sum: moments.sum + value,
  squares: moments.squares + value * value,
})
