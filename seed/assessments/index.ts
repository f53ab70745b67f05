import { modelServing } from './modelServing'
import type { AssessmentSeed } from './types'
import { workInterests } from './workInterests'

export const assessments: AssessmentSeed[] = [workInterests, modelServing]
