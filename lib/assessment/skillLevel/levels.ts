import type { RubricItem } from '../instrument'

/** Lowest first, so a level's index orders it. */
export const SKILL_LEVELS = ['beginner', 'practitioner', 'expert'] as const

export type SkillLevel = (typeof SKILL_LEVELS)[number]

/**
 * What each level means, tied to the rubric anchors: every rubric question's highest anchor
 * describes expert work, the one below it practitioner work, and anything lower beginner work.
 */
export const SKILL_LEVEL_TEXT: Record<SkillLevel, { label: string; meaning: string }> = {
  beginner: {
    label: 'Beginner',
    meaning:
      'What you have done here so far is guided, small or not yet on real work: your answers sit below the practitioner anchors.',
  },
  practitioner: {
    label: 'Practitioner',
    meaning:
      'You do this on real work of your own and check the result: your answers reach the second-highest anchors.',
  },
  expert: {
    label: 'Expert',
    meaning:
      'You do this repeatably, in a way others can rely on and build on: your answers reach the highest anchors.',
  },
}

export const levelRank = (level: SkillLevel): number => SKILL_LEVELS.indexOf(level)

/** The item's anchors from lowest to highest. */
export const anchorsOf = (item: RubricItem) => [...item.levels].sort((a, b) => a.value - b.value)

/**
 * The level one rubric answer shows, by the chosen anchor's place among the item's anchors: the
 * highest is expert, the lowest always beginner (it describes not having done the thing), and the
 * second-highest practitioner.
 */
export const levelOfAnswer = (item: RubricItem, value: number): SkillLevel => {
  const position = anchorsOf(item).findIndex((anchor) => anchor.value === value)
  const count = item.levels.length
  if (position === count - 1) return 'expert'
  if (position <= 0) return 'beginner'
  return position === count - 2 ? 'practitioner' : 'beginner'
}

/**
 * The highest level that at least half of the given levels reach. With two rubric questions that is
 * the better of the two: a reader who packages models on real work is a practitioner in packaging
 * even if model versioning lags, and the lagging question gets its own next step.
 */
export const levelReachedByHalf = (levels: readonly SkillLevel[]): SkillLevel | null => {
  if (levels.length === 0) return null
  const descending = [...levels].sort((a, b) => levelRank(b) - levelRank(a))
  return descending[Math.ceil(descending.length / 2) - 1]
}
