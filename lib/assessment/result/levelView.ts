import type { FindingView } from '../../data/types'
import type { Recommendation } from '../recommend/types'
import type { RubricAnswer, SkillLevelResult } from '../skillLevel/assessSkillLevel'
import { SKILL_LEVEL_TEXT, type SkillLevel } from '../skillLevel/levels'

export type LevelText = { label: string; meaning: string }

export type AdviceView = Recommendation & { finding: FindingView | null }

export type LevelView = {
  overall: LevelText | null
  dimensions: {
    key: string
    label: string
    level: LevelText | null
    answers: (RubricAnswer & { levelLabel: string })[]
    /** Cited advice written for this dimension's level: given to beginners only. */
    advice: AdviceView[]
  }[]
  /** Advice stored without its dimension (results from before it was recorded). */
  otherAdvice: AdviceView[]
}

const text = (level: SkillLevel | null): LevelText | null => (level ? SKILL_LEVEL_TEXT[level] : null)

/** A skill-level result as the page shows it: each level with its definition, answers, next steps and advice. */
export const levelView = ({
  skillLevel,
  recommendations,
}: {
  skillLevel: SkillLevelResult
  recommendations: AdviceView[]
}): LevelView => ({
  overall: text(skillLevel.overall),
  dimensions: skillLevel.dimensions.map((dimension) => ({
    key: dimension.dimension,
    label: dimension.label,
    level: text(dimension.level),
    answers: dimension.rubric.map((answer) => ({
      ...answer,
      levelLabel: SKILL_LEVEL_TEXT[answer.level].label,
    })),
    advice: recommendations.filter((item) => item.dimension === dimension.dimension),
  })),
  otherAdvice: recommendations.filter((item) => !item.dimension),
})
