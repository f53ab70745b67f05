import type { z } from 'zod'

import { careerReadiness, skillReadiness } from './schemas/catalogue'
import { careerSkillReadiness } from './schemas/careerSkill'
import { faqReadiness } from './schemas/faq'
import { findingReadiness } from './schemas/finding'
import { sourceReadiness } from './schemas/source'

/**
 * What a document must hold before it may go to review or be published, per collection. The public
 * renderer parses with the same schemas, so a page that passes here cannot show an empty value.
 * Relationships are expected loaded: findings with their source, pages with their findings.
 */
export const readinessSchemas = {
  sources: sourceReadiness,
  findings: findingReadiness,
  careers: careerReadiness,
  skills: skillReadiness,
  'career-skills': careerSkillReadiness,
  faqs: faqReadiness,
} satisfies Record<string, z.ZodType>

export type ReadinessCollection = keyof typeof readinessSchemas

export type ReadinessIssue = { path: string; message: string }

export type ReadinessResult = { ready: boolean; issues: ReadinessIssue[] }

export const hasReadinessSchema = (slug: string): slug is ReadinessCollection => slug in readinessSchemas

/** Runs a collection's readiness schema and turns zod's issues into a checklist. */
export const checkReadiness = (collection: ReadinessCollection, doc: unknown): ReadinessResult => {
  const result = readinessSchemas[collection].safeParse(doc)
  if (result.success) return { ready: true, issues: [] }
  return {
    ready: false,
    issues: result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
  }
}

export { numbersIn, placeholderProblem } from './placeholders'
