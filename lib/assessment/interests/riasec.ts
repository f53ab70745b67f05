/** The six Holland interest types, in the order O*NET and the hexagon list them. */
export const RIASEC_KEYS = ['R', 'I', 'A', 'S', 'E', 'C'] as const

export type RiasecKey = (typeof RIASEC_KEYS)[number]

/** One score per interest type, on whatever scale produced it (1–5 answers, O*NET's 1–7). */
export type RiasecScores = Record<RiasecKey, number>

/**
 * What each type means, in this project's words: the result page explains the reader's strongest
 * types with these, and the matching sentences use the labels.
 */
export const RIASEC_TYPES: Record<RiasecKey, { label: string; definition: string }> = {
  R: {
    label: 'Realistic',
    definition:
      'hands-on work with tools, machines, equipment or materials, where the result is something you can touch or see running',
  },
  I: {
    label: 'Investigative',
    definition:
      'working out how and why things behave as they do: observing, analysing, testing ideas against evidence',
  },
  A: {
    label: 'Artistic',
    definition:
      'making something new — designs, writing, images, music — where you choose the form rather than follow a set procedure',
  },
  S: {
    label: 'Social',
    definition: 'teaching, helping, advising or caring for people, where the work is mostly with others',
  },
  E: {
    label: 'Enterprising',
    definition:
      'persuading and leading: starting projects, selling ideas, making decisions that carry business risk',
  },
  C: {
    label: 'Conventional',
    definition:
      'organising information and following clear procedures, where accuracy and order make the work succeed',
  },
}

export const riasecLabel = (key: RiasecKey): string => RIASEC_TYPES[key].label

export const isRiasecKey = (value: string): value is RiasecKey =>
  (RIASEC_KEYS as readonly string[]).includes(value)

/**
 * The six scores of an instrument whose dimensions are keyed R, I, A, S, E and C, or null when it
 * has not all six (a skill-level instrument, say).
 */
export const riasecScoresFrom = (scores: Record<string, { score: number }>): RiasecScores | null => {
  if (!RIASEC_KEYS.every((key) => typeof scores[key]?.score === 'number')) return null
  return Object.fromEntries(RIASEC_KEYS.map((key) => [key, scores[key].score])) as RiasecScores
}
