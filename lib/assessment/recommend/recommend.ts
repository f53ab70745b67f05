import type { Instrument } from '../instrument'
import type { PlacedScore } from '../scoring/placeScores'
import { hrefFor, kindFor, type Recommendation, type ResolvedRule, titleFor } from './types'

export const RECOMMENDATION_COUNT = 3

/** Weights for the first, second and third letter of a Holland code. */
const CODE_WEIGHTS = [3, 2, 1]

const labelOf = (instrument: Instrument, key: string) =>
  instrument.dimensions.find((dimension) => dimension.key === key)?.label ?? key

/**
 * Matching: a career's fit is the weighted mean percentile of the reader's scores on the letters of
 * its interest code, first letter weighted most (a simplified congruence index in the spirit of
 * Holland's high-point matching).
 */
const matchCareers = (instrument: Instrument, placed: Record<string, PlacedScore>, rules: ResolvedRule[]) =>
  rules
    .filter((rule) => rule.interestCode)
    .map((rule) => {
      const letters = rule.interestCode!.split('').filter((letter) => placed[letter])
      const weights = CODE_WEIGHTS.slice(0, letters.length)
      const fit =
        letters.reduce((sum, letter, index) => sum + weights[index] * placed[letter].percentile, 0) /
        weights.reduce((sum, weight) => sum + weight, 0)
      const described = letters
        .map((letter) => `${labelOf(instrument, letter)} ${placed[letter].percentile}th`)
        .join(', ')
      return {
        rule,
        rank: fit,
        basis: `This role's interest code is ${rule.interestCode}; your percentiles on those interests: ${described}.`,
      }
    })
    .sort((a, b) => b.rank - a.rank)

/** Skill level: the skills behind the reader's lowest-placed dimensions come first. */
const targetGaps = (instrument: Instrument, placed: Record<string, PlacedScore>, rules: ResolvedRule[]) =>
  rules
    .filter((rule) => rule.dimension && placed[rule.dimension])
    .map((rule) => ({
      rule,
      rank: -placed[rule.dimension!].percentile,
      basis: `Your ${labelOf(instrument, rule.dimension!)} score is at the ${placed[rule.dimension!].percentile}th percentile of the reference sample.`,
    }))
    .sort((a, b) => b.rank - a.rank)

export const recommend = ({
  instrument,
  placed,
  rules,
}: {
  instrument: Instrument
  placed: Record<string, PlacedScore>
  rules: ResolvedRule[]
}): Recommendation[] => {
  const ranked =
    instrument.kind === 'matching'
      ? matchCareers(instrument, placed, rules)
      : targetGaps(instrument, placed, rules)
  return ranked.slice(0, RECOMMENDATION_COUNT).map(({ rule, basis }) => ({
    kind: kindFor(rule),
    title: titleFor(rule),
    href: hrefFor(rule),
    reason: rule.reason,
    basis,
    findingId: rule.findingId,
  }))
}
