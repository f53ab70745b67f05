import { idFor, idsFor, type KeyMap, type SeedContext } from '../context'
import type { CareerSkillSeed, RatingSeed } from '../data/types'
import { findOrCreate } from '../findOrCreate'
import { progress } from '../progress'

type Ids = { careerIds: KeyMap; skillIds: KeyMap; findingIds: KeyMap }

const rating = <V extends string>(seed: RatingSeed<V>, findingIds: KeyMap) => ({
  value: seed.value,
  basis: seed.basis,
  finding: seed.finding ? idFor(findingIds, seed.finding, 'finding') : undefined,
  datasetFact: seed.datasetFact,
  rationale: seed.rationale,
})

export const seedCareerSkills = async (
  ctx: SeedContext,
  { careerSkills, careerIds, skillIds, findingIds }: Ids & { careerSkills: CareerSkillSeed[] },
): Promise<void> => {
  const bar = progress(ctx.log, 'career-skill pages', careerSkills.length)
  for (const subject of careerSkills) {
    const career = idFor(careerIds, subject.career, 'career')
    const skill = idFor(skillIds, subject.skill, 'skill')
    const { created } = await findOrCreate({
      ctx,
      collection: 'career-skills',
      where: { and: [{ career: { equals: career } }, { skill: { equals: skill } }] },
      data: {
        career,
        skill,
        summary: subject.summary,
        verdict: subject.verdict,
        funnelRole: rating(subject.funnelRole, findingIds),
        salaryUplift: rating(subject.salaryUplift, findingIds),
        learningRamp: rating(subject.learningRamp, findingIds),
        applicability: rating(subject.applicability, findingIds),
        screening: subject.screening,
        portfolioPairings: idsFor(skillIds, subject.pairings, 'skill'),
        headlineFindings: idsFor(findingIds, subject.headlineFindings, 'finding'),
        findings: idsFor(findingIds, subject.findings, 'finding'),
        contextFindings: idsFor(findingIds, subject.contextFindings, 'finding'),
        scopeNote: subject.scopeNote,
        limitations: subject.limitations,
        adjacentQuestions: subject.adjacentQuestions.map((question) => ({ question })),
      },
    })
    bar.tick(created)
  }
  bar.finish()
}
