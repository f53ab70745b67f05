import { ordinal } from '../format/ordinal'
import type { Instrument } from '../instrument'
import type { PlacedScore } from '../scoring/placeScores'
import { assessSkillLevel, type DimensionSkill } from '../skillLevel/assessSkillLevel'
import type { Answers } from '../submit/answersSchema'
import { hrefFor, kindFor, type Recommendation, type ResolvedRule, titleFor } from './types'

export const RECOMMENDATION_COUNT = 3

type Ranked = { rule: ResolvedRule; basis: string }

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

/**
 * The cited next steps of a skill-level result. A matching result recommends no rules: its careers
 * come from the O*NET interest profiles (`lib/assessment/matching`), and its citation is the data
 * they were matched on.
 */
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
  if (instrument.kind !== 'skill-level') return []
  return stepsForBeginners(instrument, placed, rules, answers)
    .slice(0, RECOMMENDATION_COUNT)
    .map(({ rule, basis }) => ({
      kind: kindFor(rule),
      title: titleFor(rule),
      href: hrefFor(rule),
      reason: rule.reason,
      basis,
      dimension: rule.dimension ?? undefined,
      findingId: rule.findingId,
    }))
}
