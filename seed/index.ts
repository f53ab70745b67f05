import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload } from 'payload'

import { seedAssessments } from './assessments/seedAssessments'
import type { SeedContext, SeedLog } from './context'
import * as demoContent from './data'
import type { CareerSeed, CareerSkillSeed, FaqSeed, FindingSeed, SkillSeed, SourceSeed } from './data/types'
import { seedCareers } from './steps/seedCareers'
import { seedCareerSkills } from './steps/seedCareerSkills'
import { seedFaqs } from './steps/seedFaqs'
import { seedFindings } from './steps/seedFindings'
import { seedSkills } from './steps/seedSkills'
import { seedSources } from './steps/seedSources'

export type DemoContent = {
  sources: SourceSeed[]
  findings: FindingSeed[]
  skills: SkillSeed[]
  careers: CareerSeed[]
  careerSkills: CareerSkillSeed[]
  faqs: FaqSeed[]
}

type SeedArgs = {
  payload: Payload
  log?: SeedLog
  content?: DemoContent
}

/**
 * Loads the demo catalogue through the Local API, in one transaction: a failure part-way leaves the
 * database as it was. Running it again adds only what is missing.
 */
export const seedDemoContent = async ({ payload, log = () => {}, content = demoContent }: SeedArgs) => {
  const req = await createLocalReq({ context: { disableRevalidate: true, seeding: true } }, payload)
  const ctx: SeedContext = { payload, req, log }
  await initTransaction(req)
  try {
    log('Seeding demo content…')
    const sourceIds = await seedSources(ctx, content.sources)
    const findingIds = await seedFindings(ctx, { findings: content.findings, sourceIds })
    const skillIds = await seedSkills(ctx, content.skills)
    const careerIds = await seedCareers(ctx, { careers: content.careers, skillIds, findingIds })
    const ids = { careerIds, skillIds, findingIds }
    await seedCareerSkills(ctx, { careerSkills: content.careerSkills, ...ids })
    await seedFaqs(ctx, { faqs: content.faqs, ...ids })
    await seedAssessments(ctx, ids)
    await commitTransaction(req)
    log('Demo content ready.')
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}
