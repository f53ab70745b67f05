import { RIASEC_KEYS, type RiasecScores } from '../interests/riasec'
import { pearson } from '../statistics/pearson'

/**
 * Pearson's r between two six-score profiles: how alike their shapes are, whatever the scale (the
 * reader answers 1–5, O*NET rates 1–7; r ignores both the level and the spread, so neither needs
 * rescaling). Null when either profile is flat: r would divide by zero and mean nothing.
 */
export const profileCorrelation = (a: RiasecScores, b: RiasecScores): number | null => {
  const r = pearson(RIASEC_KEYS.map((key) => [a[key], b[key]] as [number, number]))
  return Number.isFinite(r) ? r : null
}
