import { sampleVariance } from './descriptive'
import { fQuantile } from './fDistribution'

/**
 * Cronbach's coefficient alpha for a respondents × items matrix (every row complete):
 * α = k/(k−1) · (1 − Σ var(item) / var(total)). NaN when it is undefined (fewer than two items or
 * respondents, or no variance in the totals), so callers show "not yet computed" instead of a number.
 */
export const cronbachAlpha = (rows: readonly (readonly number[])[]): number => {
  const k = rows[0]?.length ?? 0
  if (rows.length < 2 || k < 2) return Number.NaN
  const itemVariances = Array.from({ length: k }, (_, item) => sampleVariance(rows.map((row) => row[item])))
  const totalVariance = sampleVariance(rows.map((row) => row.reduce((sum, value) => sum + value, 0)))
  if (!(totalVariance > 0)) return Number.NaN
  const sumItemVariances = itemVariances.reduce((sum, value) => sum + value, 0)
  return (k / (k - 1)) * (1 - sumItemVariances / totalVariance)
}

type FeldtArgs = { alpha: number; respondents: number; items: number; level?: number }

/**
 * Feldt's (1965) interval: (1 − α)/(1 − α_pop) follows F with (n − 1, (n − 1)(k − 1)) degrees of
 * freedom (Feldt, Woodruff & Salih, 1987, Applied Psychological Measurement 11(1), eq. 2).
 */
export const feldtInterval = ({
  alpha,
  respondents,
  items,
  level = 0.95,
}: FeldtArgs): { lower: number; upper: number } => {
  const df1 = respondents - 1
  const df2 = (respondents - 1) * (items - 1)
  if (!Number.isFinite(alpha) || df1 < 1 || df2 < 1) return { lower: Number.NaN, upper: Number.NaN }
  const tail = (1 - level) / 2
  return {
    lower: 1 - (1 - alpha) * fQuantile(1 - tail, df1, df2),
    upper: 1 - (1 - alpha) * fQuantile(tail, df1, df2),
  }
}
