/**
 * The F distribution, needed for Feldt's confidence interval on coefficient alpha. The regularized
 * incomplete beta function follows Numerical Recipes (Press et al., 3rd ed., §6.4): Lentz's
 * continued fraction, with the symmetry relation for fast convergence.
 */
const logGamma = (x: number): number => {
  // Lanczos approximation (g = 7, n = 9), accurate to ~15 digits for x > 0.
  const c = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
    12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
  ]
  let sum = c[0]
  const shifted = x - 1
  for (let i = 1; i < 9; i++) sum += c[i] / (shifted + i)
  const t = shifted + 7.5
  return 0.5 * Math.log(2 * Math.PI) + (shifted + 0.5) * Math.log(t) - t + Math.log(sum)
}

const betaContinuedFraction = (a: number, b: number, x: number): number => {
  const tiny = 1e-300
  let c = 1
  let d = 1 - ((a + b) * x) / (a + 1)
  if (Math.abs(d) < tiny) d = tiny
  d = 1 / d
  let h = d
  for (let m = 1; m <= 300; m++) {
    const m2 = 2 * m
    let aa = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2))
    d = 1 + aa * d
    if (Math.abs(d) < tiny) d = tiny
    c = 1 + aa / c
    if (Math.abs(c) < tiny) c = tiny
    d = 1 / d
    h *= d * c
    aa = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1))
    d = 1 + aa * d
    if (Math.abs(d) < tiny) d = tiny
    c = 1 + aa / c
    if (Math.abs(c) < tiny) c = tiny
    d = 1 / d
    const delta = d * c
    h *= delta
    if (Math.abs(delta - 1) < 1e-14) break
  }
  return h
}

export const regularizedIncompleteBeta = (x: number, a: number, b: number): number => {
  if (x <= 0) return 0
  if (x >= 1) return 1
  const front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x))
  if (x < (a + 1) / (a + b + 2)) return (front * betaContinuedFraction(a, b, x)) / a
  return 1 - (front * betaContinuedFraction(b, a, 1 - x)) / b
}

/** P(F ≤ f) for an F variable with (df1, df2) degrees of freedom. */
export const fCdf = (f: number, df1: number, df2: number): number =>
  f <= 0 ? 0 : regularizedIncompleteBeta((df1 * f) / (df1 * f + df2), df1 / 2, df2 / 2)

/** The p-quantile of F(df1, df2), by bisection on the CDF (monotone, so it always converges). */
export const fQuantile = (p: number, df1: number, df2: number): number => {
  let low = 0
  let high = 1
  while (fCdf(high, df1, df2) < p) high *= 2
  for (let i = 0; i < 200 && high - low > 1e-12 * high; i++) {
    const mid = (low + high) / 2
    if (fCdf(mid, df1, df2) < p) low = mid
    else high = mid
  }
  return (low + high) / 2
}
