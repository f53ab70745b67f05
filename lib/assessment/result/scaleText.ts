import type { ScalePart } from '../scoring/scaleParts'

const two = (value: number) => value.toFixed(2)

/** Each response format said on its own scale: agreement for statements, the anchor for levels. */
export const SCALE_NAMES = { likert: 'Agreement with the statements', rubric: 'Level reached' } as const

/** "4.20 on the 1–5 agreement scale", "2.50 of the 4 levels": a part of a dimension, on its own terms. */
export const scaleText = (kind: keyof typeof SCALE_NAMES, part: ScalePart): string =>
  kind === 'likert'
    ? `${two(part.mean)} on the ${part.min}–${part.max} agreement scale`
    : `level ${part.mean.toFixed(1)} of ${part.max}, on average`

/** "+0.80", "−0.25", "no change": a difference between two attempts, signed with a real minus. */
export const signed = (difference: number, digits = 2): string => {
  const rounded = Number(difference.toFixed(digits))
  if (rounded === 0) return 'no change'
  return `${rounded > 0 ? '+' : '−'}${Math.abs(rounded).toFixed(digits)}`
}
