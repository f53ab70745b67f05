import { ordinal } from '../format/ordinal'
import type { Instrument } from '../instrument'
import type { PlacedScore } from '../scoring/placeScores'
import { assessSkillLevel, type DimensionSkill } from '../skillLevel/assessSkillLevel'
import type { Answers } from '../submit/answersSchema'
import { hrefFor, kindFor, type Recommendation, type ResolvedRule, titleFor } from './types'

export const RECOMMENDATION_COUNT = 3

/** Weights for the first, second and third letter of a Holland code. */
const CODE_WEIGHTS = [3, 2, 1]

const labelOf = (instrument: Instrument, key: string) =>
  instrument.dimensions.find((dimension) => dimension.key === key)?.label ?? key

type Ranked = { rule: ResolvedRule; basis: string }

/**
 * Matching: a career's fit is the weighted mean percentile of the reader's scores on the letters of
 * its interest code, first letter weighted most (a simplified congruence index in the spirit of
 * Holland's high-point matching).
 */
const matchCareers = (
  instrument: Instrument,
  placed: Record<string, PlacedScore>,
  rules: ResolvedRule[],
): Ranked[] =>
  rules
    .filter((rule) => rule.interestCode)
    .map((rule) => {
      const letters = rule.interestCode!.split('').filter((letter) => placed[letter])
      const weights = CODE_WEIGHTS.slice(0, letters.length)
      const fit =
        letters.reduce((sum, letter, index) => sum + weights[index] * placed[letter].percentile, 0) /
        weights.reduce((sum, weight) => sum + weight, 0)
      const described = letters
        .map((letter) => `${labelOf(instrument, letter)} ${ordinal(placed[letter].percentile)}`)
        .join(', ')
      return {
        rule,
        rank: fit,
        basis: `This role's interest code is ${rule.interestCode}; your percentiles on those interests: ${described}.`,
      }
    })
    .sort((a, b) => b.rank - a.rank)

/** Where a beginner stands, in a sentence: the level, the percentile, and the lowest anchor chosen. */
const beginnerBasis = (dimension: DimensionSkill, placed: PlacedScore | undefined) => {
  const lowest = [...dimension.rubric].sort((a, b) => a.position - b.position)[0]
  const percentile = placed ? ` (your score is at the ${ordinal(placed.percentile)} percentile)` : ''
  return (
    `Your ${dimension.label} level is beginner${percentile}: on “${lowest.question}” ` +
    `you chose level ${lowest.position} of ${lowest.of}.`
  )
}

/**
 * Skill level: a rule's advice is written for readers low on its dimension (so its field says), and
 * "low" is read from the rubric anchors, not the percentile: a rule is offered only where the
 * reader's level is beginner, the lowest-placed dimension first. A practitioner or an expert is
 * never told to do what their answers say they already do; their next step is the anchor one up on
 * each question (`assessSkillLevel`), which is the instrument's own text and needs no citation.
 */
const stepsForBeginners = (
  instrument: Instrument,
  placed: Record<string, PlacedScore>,
  rules: ResolvedRule[],
  answers: Answers,
): Ranked[] =>
  assessSkillLevel(instrument, answers)
    .dimensions.filter((dimension) => dimension.level === 'beginner')
    .sort((a, b) => (placed[a.dimension]?.percentile ?? 0) - (placed[b.dimension]?.percentile ?? 0))
    .flatMap((dimension) =>
      rules
        .filter((rule) => rule.dimension === dimension.dimension)
        .map((rule) => ({ rule, basis: beginnerBasis(dimension, placed[dimension.dimension]) })),
    )

export const recommend = ({
  instrument,
  placed,
  rules,
  answers,
}: {
  instrument: Instrument
  placed: Record<string, PlacedScore>
  rules: ResolvedRule[]
  answers: Answers
}): Recommendation[] => {
  const ranked =
    instrument.kind === 'matching'
      ? matchCareers(instrument, placed, rules)
      : stepsForBeginners(instrument, placed, rules, answers)
  return ranked.slice(0, RECOMMENDATION_COUNT).map(({ rule, basis }) => ({
    kind: kindFor(rule),
    title: titleFor(rule),
    href: hrefFor(rule),
    reason: rule.reason,
    basis,
    findingId: rule.findingId,
  }))
}
