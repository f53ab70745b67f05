import type { RatingValue } from './ratings'
import type { ValueOf, Vocabulary } from './vocabulary'

/**
 * How important a skill is for a career: the answer an evidence page opens with.
 *
 * Importance is set by the reviewer, not computed from the four ratings. Two of the ratings do not
 * measure importance at all (the learning ramp is a cost, applicability is how far the skill travels
 * beyond the career), and the other two are mostly editorial judgements themselves: a formula over
 * them would dress a judgement up as a computation. What keeps the verdict honest instead is that it
 * is shown with its basis and a certainty grade computed from what the page cites, and that it may not
 * contradict the funnel role: "essential" means exactly what "gatekeeper" means, so each requires the
 * other (`importanceMismatch`).
 */
export const IMPORTANCE = [
  {
    value: 'essential',
    label: 'Essential',
    rank: 4,
    legend: 'Expected of almost everyone hired into this career; lacking it usually ends an application.',
  },
  {
    value: 'important',
    label: 'Important',
    rank: 3,
    legend: 'Not checked at the door, but it raises a candidate’s value in most of this career’s roles.',
  },
  {
    value: 'useful',
    label: 'Useful',
    rank: 2,
    legend: 'Helps in some of this career’s roles or teams; a gap is seldom held against a candidate.',
  },
  {
    value: 'marginal',
    label: 'Marginal',
    rank: 1,
    legend: 'Rarely asked for in this career; worth learning when a particular job needs it.',
  },
] as const satisfies Vocabulary

export type Importance = ValueOf<typeof IMPORTANCE>

/** What the page's answer rests on, as computed with its certainty from the cited evidence. */
export const ANSWER_BASES = [
  {
    value: 'direct-evidence',
    label: 'Direct evidence',
    legend: 'At least one cited study measures this skill or people in this career.',
  },
  {
    value: 'dataset',
    label: 'Dataset',
    legend: 'A released dataset records a fact about this skill in this occupation.',
  },
  {
    value: 'indirect-evidence',
    label: 'Indirect evidence',
    legend: 'The cited studies measure other work or the labour market at large, not this skill or career.',
  },
  {
    value: 'editorial-judgement',
    label: 'Editorial judgement',
    legend: 'Nothing cited bears on the question; the answer is the editors’ reasoned call.',
  },
] as const satisfies Vocabulary

export type AnswerBasis = ValueOf<typeof ANSWER_BASES>

/** Why an importance contradicts the funnel role, or null when the two agree. */
export const importanceMismatch = ({
  importance,
  funnelRole,
}: {
  importance: Importance
  funnelRole: RatingValue<'funnelRole'>
}): string | null => {
  if (importance === 'essential' && funnelRole !== 'gatekeeper')
    return 'Only a gatekeeper skill is essential: a candidate without an essential skill is screened out.'
  if (funnelRole === 'gatekeeper' && importance !== 'essential')
    return 'A gatekeeper skill is essential: lacking it stops a candidate, so it cannot be rated lower.'
  return null
}
