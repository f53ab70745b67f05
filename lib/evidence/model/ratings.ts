import type { ValueOf, Vocabulary } from './vocabulary'

/**
 * The four ratings of an evidence page. Each is an ordinal scale: `scale` says what rises along it,
 * `rank` orders the values (1 the lowest) and each value's legend says what it means for a candidate.
 * Values and their order match the stored select options; only the words may change here.
 */
type RatingDefinition = {
  /** The field name on `career-skills`, also the key a page and the seed use. */
  readonly name: string
  readonly label: string
  /** The admin description: what the editor is deciding. */
  readonly description: string
  /** What the rating answers, as a reader sees it. */
  readonly question: string
  /** What rises from the lowest rank to the highest, in one sentence. */
  readonly scale: string
  readonly terms: Vocabulary
}

const funnelRole = {
  name: 'funnelRole',
  label: 'Funnel role',
  description: 'Does missing this skill stop a candidate, or does having it multiply their value?',
  question: 'Does lacking it stop a candidate, or does having it multiply their value?',
  scale:
    'How much a gap in the skill costs a candidate at the screen, from little to an end of the application.',
  terms: [
    {
      value: 'gatekeeper',
      label: 'Gatekeeper',
      rank: 2,
      legend: 'Candidates without it are usually screened out, whatever else they bring.',
    },
    {
      value: 'force-multiplier',
      label: 'Force multiplier',
      rank: 1,
      legend: 'A gap rarely stops a candidate; having it makes the rest of their work count for more.',
    },
  ],
} as const satisfies RatingDefinition

const salaryUplift = {
  name: 'salaryUplift',
  label: 'Salary uplift',
  description: 'The pay band the skill is associated with for this career.',
  question: 'Which pay band the skill is associated with in this role.',
  scale: 'How far pay for holders of the skill sits above the usual pay of the career.',
  terms: [
    {
      value: 'low',
      label: 'Low',
      readerLabel: 'Low band',
      rank: 1,
      legend: 'Holding the skill moves pay little or not at all; pay follows level and scope instead.',
    },
    {
      value: 'moderate',
      label: 'Moderate',
      readerLabel: 'Moderate band',
      rank: 2,
      legend: 'Roles that ask for the skill tend to pay somewhat above the career’s usual range.',
    },
    {
      value: 'high',
      label: 'High',
      readerLabel: 'High band',
      rank: 3,
      legend: 'Roles that ask for the skill sit clearly at the top of the career’s pay range.',
    },
  ],
} as const satisfies RatingDefinition

const learningRamp = {
  name: 'learningRamp',
  label: 'Learning ramp',
  description: 'How long it takes to become useful with the skill.',
  question: 'How long it takes to become useful with it.',
  scale: 'How long someone already working in the career needs before the skill is useful on the job.',
  terms: [
    {
      value: 'gentle',
      label: 'Gentle',
      rank: 1,
      legend: 'Useful within days or weeks, building on what the career already teaches.',
    },
    {
      value: 'moderate',
      label: 'Moderate',
      rank: 2,
      legend: 'Basics come quickly; working fluency takes months of use on real work.',
    },
    {
      value: 'steep',
      label: 'Steep',
      rank: 3,
      legend: 'Needs a body of knowledge of its own; expect a year or more before independent work.',
    },
  ],
} as const satisfies RatingDefinition

const applicability = {
  name: 'applicability',
  label: 'Applicability',
  description: 'How far the skill carries beyond this career.',
  question: 'How far it carries beyond this career.',
  scale: 'How many kinds of work the skill stays useful in, from a few teams to many careers.',
  terms: [
    {
      value: 'narrow',
      label: 'Narrow',
      rank: 1,
      legend: 'Used by some teams within this career and seldom outside it.',
    },
    {
      value: 'role-specific',
      label: 'Role-specific',
      rank: 2,
      legend: 'Used across this career, but rarely needed in others.',
    },
    {
      value: 'broad',
      label: 'Broad',
      rank: 3,
      legend: 'Carries into many careers; it stays useful after a change of role or stack.',
    },
  ],
} as const satisfies RatingDefinition

/** The ratings in the order a page shows them. */
export const RATINGS = { funnelRole, salaryUplift, learningRamp, applicability } as const

export type RatingKey = keyof typeof RATINGS

export const RATING_KEYS = Object.keys(RATINGS) as RatingKey[]

export type RatingValue<K extends RatingKey> = ValueOf<(typeof RATINGS)[K]['terms']>

/**
 * Where a rating comes from. A finding or a dataset fact is cited and shown with its source; an
 * editorial judgement shows its rationale and says that it is one.
 */
export const RATING_BASES = [
  { value: 'finding', label: 'A cited finding', readerLabel: 'Cited finding' },
  {
    value: 'dataset',
    label: 'A dataset fact',
    readerLabel: 'Dataset',
    legend: 'A fact from a released dataset, such as O*NET’s Hot Technology flag for this occupation.',
  },
  {
    value: 'editorial-judgement',
    label: 'Editorial judgement',
    readerLabel: 'Editorial judgement',
    legend: 'An editor’s reasoned call, with its rationale, where no cited source measures the rating.',
  },
] as const satisfies Vocabulary

export type RatingBasis = ValueOf<typeof RATING_BASES>
