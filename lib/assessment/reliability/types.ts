/** The computed reliability stored on an assessment. Numbers are null until they can be estimated. */
export type DimensionReliability = {
  dimension: string
  items: number
  /** Complete responses the alpha was computed from. */
  n: number
  alpha: number | null
  alphaLower: number | null
  alphaUpper: number | null
  /** Median days between an attempt and its retake, when there are pairs. */
  retest: { pairs: number; r: number | null; medianIntervalDays: number | null }
}

export type Reliability = {
  computedAt: string
  responses: { live: number; synthetic: number }
  dimensions: DimensionReliability[]
}

export const finiteOrNull = (value: number): number | null => (Number.isFinite(value) ? value : null)
