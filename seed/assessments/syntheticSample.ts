import type { Instrument } from '../../lib/assessment/instrument'
import type { Answers } from '../../lib/assessment/submit/answersSchema'

/** mulberry32: a tiny seeded generator, so every install builds the same demo sample. */
const seededRandom = (seed: number) => {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Box–Muller: one standard normal draw from two uniforms. */
const normal = (random: () => number) =>
  Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random())

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, Math.round(value)))

export type SyntheticRespondent = { answers: Answers; retake?: Answers }

type SampleArgs = {
  instrument: Instrument
  seed: number
  respondents: number
  retakes: number
  sharedFactor: number
}

/**
 * A made-up reference sample: each respondent has a latent level per dimension (plus a shared
 * factor, since skills in one area travel together), and answers each item with noise around it.
 * The first `retakes` respondents answer a second time with a small drift, for test-retest figures.
 * It exists so the demo shows real computations; pages label it synthetic.
 */
export const syntheticSample = ({
  instrument,
  seed,
  respondents,
  retakes,
  sharedFactor,
}: SampleArgs): SyntheticRespondent[] => {
  const random = seededRandom(seed)
  const answer = (levels: Record<string, number>): Answers => {
    const answers: Answers = {}
    for (const item of instrument.items) {
      const level = levels[item.dimension]
      if (item.type === 'likert') {
        const centre = (item.min + item.max) / 2
        const raw = centre + 1.05 * level + 0.85 * normal(random)
        answers[item.key] = clamp(item.reverse ? item.min + item.max - raw : raw, item.min, item.max)
      } else {
        const values = item.levels.map((entry) => entry.value)
        const low = Math.min(...values)
        const high = Math.max(...values)
        answers[item.key] = clamp((low + high) / 2 + 0.9 * level + 0.7 * normal(random), low, high)
      }
    }
    return answers
  }

  return Array.from({ length: respondents }, (_, index) => {
    const shared = normal(random)
    const levels = Object.fromEntries(
      instrument.dimensions.map(({ key }) => [
        key,
        Math.sqrt(sharedFactor) * shared + Math.sqrt(1 - sharedFactor) * normal(random),
      ]),
    )
    const first = answer(levels)
    if (index >= retakes) return { answers: first }
    const drifted = Object.fromEntries(
      Object.entries(levels).map(([key, level]) => [key, level + 0.3 * normal(random)]),
    )
    return { answers: first, retake: answer(drifted) }
  })
}
