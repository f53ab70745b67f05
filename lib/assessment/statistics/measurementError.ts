/** Standard error of measurement from classical test theory: SEM = SD · √(1 − reliability). */
export const standardErrorOfMeasurement = (sd: number, reliability: number): number =>
  sd * Math.sqrt(1 - Math.min(1, Math.max(0, reliability)))

/** z for a two-sided 90% band, the convention test manuals use for score bands. */
export const BAND_Z = 1.645

/** The score band ±z·SEM around an observed score, clipped to the scale's range. */
export const scoreBand = ({
  score,
  sem,
  min,
  max,
}: {
  score: number
  sem: number
  min: number
  max: number
}) => ({
  low: Math.max(min, score - BAND_Z * sem),
  high: Math.min(max, score + BAND_Z * sem),
})
