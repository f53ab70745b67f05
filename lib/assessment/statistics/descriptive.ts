/** Arithmetic mean; NaN for an empty list so a missing figure can never pass as zero. */
export const mean = (values: readonly number[]): number =>
  values.length === 0 ? Number.NaN : values.reduce((sum, value) => sum + value, 0) / values.length

/** Sample variance with the n − 1 denominator, as the reliability formulas below assume. */
export const sampleVariance = (values: readonly number[]): number => {
  if (values.length < 2) return Number.NaN
  const centre = mean(values)
  return values.reduce((sum, value) => sum + (value - centre) ** 2, 0) / (values.length - 1)
}

export const sampleSd = (values: readonly number[]): number => Math.sqrt(sampleVariance(values))
