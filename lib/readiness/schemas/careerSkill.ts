import { z } from 'zod'

import { CAREER_STAGES, valuesOf } from '../../evidence/model'
import { chosen, publishableText } from '../text'
import { careerNaming, skillNaming } from './catalogue'
import { citedFinding } from './finding'

const STAGES = valuesOf(CAREER_STAGES)

/** A rating says where it came from: a cited finding, or an analyst judgement with its reasoning. */
const rating = (label: string) =>
  z
    .object(
      {
        value: chosen(`The ${label} rating`),
        basis: z.enum(['finding', 'analyst-judgement'], {
          error: `The ${label} rating does not say where it came from.`,
        }),
        finding: z.unknown().optional(),
        rationale: publishableText(`The ${label} rationale`),
      },
      { error: `The ${label} rating is missing.` },
    )
    .superRefine((value, ctx) => {
      if (value.basis !== 'finding') return
      const result = citedFinding.safeParse(value.finding)
      if (!result.success) {
        ctx.addIssue({
          code: 'custom',
          path: ['finding'],
          message: `The ${label} rating cites no finding with a source.`,
        })
      }
    })

export const careerSkillReadiness = z.object({
  career: z.object(careerNaming, {
    error: 'The career is missing.',
  }),
  skill: z.object(skillNaming, { error: 'The skill is missing.' }),
  summary: publishableText('The summary'),
  funnelRole: rating('funnel role'),
  salaryUplift: rating('salary uplift'),
  learningRamp: rating('learning ramp'),
  applicability: rating('applicability'),
  screening: z
    .array(z.object({ stage: z.enum(STAGES), howScreened: publishableText('A screening note') }), {
      error: 'Screening by career stage is missing.',
    })
    .superRefine((rows, ctx) => {
      const missing = STAGES.filter((stage) => !rows.some((row) => row.stage === stage))
      if (missing.length)
        ctx.addIssue({ code: 'custom', message: `Say how the skill is screened at: ${missing.join(', ')}.` })
    }),
  portfolioPairings: z.array(z.unknown()).min(1, { error: 'Name at least one portfolio pairing.' }),
  headlineFindings: z
    .array(citedFinding, { error: 'Headline findings are missing.' })
    .min(3, { error: 'A page needs at least three headline findings.' }),
  findings: z.array(citedFinding, { error: 'Findings are missing.' }).min(1, { error: 'List the findings.' }),
  scopeNote: publishableText('The scope note'),
  limitations: publishableText('What the evidence does not prove'),
  adjacentQuestions: z
    .array(z.object({ question: publishableText('An adjacent question') }))
    .min(1, { error: 'Add at least one adjacent question.' }),
})
