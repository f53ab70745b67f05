import type { CareerSkillSeed } from './types'
import { backendDeveloperSkills } from './career-skills/backend-developer'
import { dataScientistSkills } from './career-skills/data-scientist'
import { frontendDeveloperSkills } from './career-skills/frontend-developer'
import { machineLearningEngineerSkills } from './career-skills/machine-learning-engineer'
import { productManagerSkills } from './career-skills/product-manager'
import { siteReliabilityEngineerSkills } from './career-skills/site-reliability-engineer'

/** Career × skill evidence pages, grouped by career in `career-skills/`. */
export const careerSkills: CareerSkillSeed[] = [
  ...backendDeveloperSkills,
  ...machineLearningEngineerSkills,
  ...dataScientistSkills,
  ...frontendDeveloperSkills,
  ...siteReliabilityEngineerSkills,
  ...productManagerSkills,
]
