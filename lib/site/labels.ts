import {
  CAREER_STAGES,
  CERTAINTY_GRADES,
  DEMAND_PROFILES,
  isValueOf,
  RATINGS,
  readerLabel,
  SKILL_KINDS,
  SOURCE_TYPES,
  STUDY_DESIGNS,
  TOPICS,
  VERIFICATION_STATUSES,
  type RatingKey,
  type Vocabulary,
} from '../evidence/model'

/** The reader's word for a stored value; the vocabularies themselves live in the evidence model. */
const lookup = (vocabulary: Vocabulary) => (value: string) => readerLabel(vocabulary, value)

export const sourceTypeLabel = lookup(SOURCE_TYPES)
export const studyDesignLabel = lookup(STUDY_DESIGNS)
export const verificationLabel = lookup(VERIFICATION_STATUSES)
export const topicLabel = lookup(TOPICS)
export const demandLabel = lookup(DEMAND_PROFILES)
export const skillKindLabel = lookup(SKILL_KINDS)
export const stageLabel = lookup(CAREER_STAGES)

/** "High certainty": a grade standing alone on a page names what it grades. */
export const certaintyLabel = (value: string): string =>
  isValueOf(CERTAINTY_GRADES, value) ? `${readerLabel(CERTAINTY_GRADES, value)} certainty` : value

const ratingText = (key: RatingKey) => ({
  label: RATINGS[key].label,
  question: RATINGS[key].question,
  values: lookup(RATINGS[key].terms),
})

/** The four ratings of an evidence page: what each asks, and how its values read. */
export const RATING_TEXT = {
  funnelRole: ratingText('funnelRole'),
  salaryUplift: ratingText('salaryUplift'),
  learningRamp: ratingText('learningRamp'),
  applicability: ratingText('applicability'),
} satisfies Record<RatingKey, ReturnType<typeof ratingText>>

export type { RatingKey }
