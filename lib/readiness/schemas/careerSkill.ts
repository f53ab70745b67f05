import { z } from 'zod'

import {
  CAREER_STAGES,
  CERTAINTY_GRADES,
  DATASET_FACTS,
  editorLabel,
  IMPORTANCE,
  importanceMismatch,
  RATING_BASES,
  RATING_KEYS,
  RATINGS,
  readerLabel,
  type RatingKey,
  valuesOf,
  zodEnum,
} from '../../evidence/model'
import type { NumberSource } from '../../evidence/numbers'
import { proseNumbersCited } from '../proseNumbers'
import { publishableText } from '../text'
import { careerNaming, skillNaming } from './catalogue'
import { citedFinding } from './finding'
import { asList } from './lists'

const STAGES = valuesOf(CAREER_STAGES)

/** A finding as a page cites it, with the figures prose may quote. */
// The ID is kept so that a finding listed twice can be told from two findings.
const cited = citedFinding.extend({
  id: z.union([z.string(), z.number()]).optional(),
  figures: z.array(z.object({ value: z.number() })).nullish(),
})

/**
 * The O*NET technology flags of the career's occupation, loaded with the page, against which a rating
 * resting on a dataset fact is checked. Null when the career has no imported occupation.
 */
const UNREADABLE_FACTS = 'The O*NET facts of the career’s occupation could not be read.'
const occupationFacts = z
  .object(
    {
      title: z.string({ error: UNREADABLE_FACTS }),
      hot: z.array(z.string({ error: UNREADABLE_FACTS }), { error: UNREADABLE_FACTS }),
      inDemand: z.array(z.string({ error: UNREADABLE_FACTS }), { error: UNREADABLE_FACTS }),
    },
    { error: UNREADABLE_FACTS },
  )
  .nullish()

const FACT_FLAGS = { 'onet-hot-technology': 'hot', 'onet-in-demand': 'inDemand' } as const

/** A rating says where it came from: a cited finding, a dataset fact, or an editorial judgement. */
const rating = (key: RatingKey) => {
  const label = RATINGS[key].label.toLowerCase()
  return z.object(
    {
      value: zodEnum(RATINGS[key].terms, `The ${label} rating`),
      basis: zodEnum(RATING_BASES, `The basis of the ${label} rating`),
      finding: z.unknown().optional(),
      datasetFact: z.string().nullish(),
      rationale: publishableText(`The ${label} rationale`),
    },
    { error: `The ${label} rating is missing.` },
  )
}

type Page = {
  skill: { id?: unknown; name: string }
  occupationFacts?: z.infer<typeof occupationFacts>
  funnelRole: { value: string }
  verdict: {
    importance: string
    certaintyOverride?: { grade?: string | null; reason?: string | null } | null
  }
  headlineFindings: { id?: unknown }[]
  findings: { id?: unknown }[]
  contextFindings?: { id?: unknown }[] | null
} & Record<RatingKey, z.infer<ReturnType<typeof rating>>>

const idsOf = (findings: ({ id?: unknown } | undefined)[]) =>
  new Set(findings.flatMap((finding) => (finding?.id == null ? [] : [String(finding.id)])))

const checkBases = (page: Page, ctx: z.RefinementCtx) => {
  for (const key of RATING_KEYS) {
    if (!page[key]) continue
    const { basis, finding, datasetFact } = page[key]
    const label = RATINGS[key].label.toLowerCase()
    if (basis === 'finding' && !cited.safeParse(finding).success) {
      ctx.addIssue({
        code: 'custom',
        path: [key, 'finding'],
        message: `The ${label} rating cites no published finding with a source.`,
      })
    }
    if (basis !== 'dataset') continue
    const flag =
      datasetFact && datasetFact in FACT_FLAGS ? FACT_FLAGS[datasetFact as keyof typeof FACT_FLAGS] : null
    if (!flag) {
      ctx.addIssue({
        code: 'custom',
        path: [key, 'datasetFact'],
        message: `The ${label} rating names no dataset fact.`,
      })
    } else if (!asList(page.occupationFacts?.[flag]).includes(String(page.skill?.id))) {
      ctx.addIssue({
        code: 'custom',
        path: [key, 'datasetFact'],
        message: `The ${label} rating rests on “${readerLabel(DATASET_FACTS, datasetFact!)}”, but O*NET does not record that for ${page.skill?.name ?? 'the skill'} in ${page.occupationFacts?.title ?? 'the career’s occupation (none is linked)'}.`,
      })
    }
  }
}

const checkVerdict = (page: Page, ctx: z.RefinementCtx) => {
  if (!page.verdict) return
  const mismatch = importanceMismatch({
    importance: page.verdict.importance as never,
    funnelRole: page.funnelRole?.value as never,
  })
  if (mismatch) ctx.addIssue({ code: 'custom', path: ['verdict', 'importance'], message: mismatch })
  const override = page.verdict.certaintyOverride
  if (override?.grade && !override.reason?.trim()) {
    ctx.addIssue({
      code: 'custom',
      path: ['verdict', 'certaintyOverride', 'reason'],
      message: 'The certainty override gives no reason; readers see why the computed grade was overruled.',
    })
  }
}

const checkRelations = (page: Page, ctx: z.RefinementCtx) => {
  const context = idsOf(asList(page.contextFindings))
  const direct = idsOf([...asList(page.headlineFindings), ...asList(page.findings)])
  if ([...direct].some((id) => context.has(id))) {
    ctx.addIssue({
      code: 'custom',
      path: ['contextFindings'],
      message:
        'A finding is listed both as direct evidence and as context; a finding measures this skill or career, or it does not.',
    })
  }
}

const citationsOf = (page: Page): NumberSource[] => [
  ...(asList(page.headlineFindings) as NumberSource[]),
  ...(asList(page.findings) as NumberSource[]),
  ...(asList(page.contextFindings) as NumberSource[]),
  ...RATING_KEYS.flatMap((key) =>
    cited.safeParse(page[key]?.finding).success ? [page[key].finding as NumberSource] : [],
  ),
]

export const careerSkillReadiness = z
  .object({
    career: z.object(careerNaming, { error: 'The career is missing.' }),
    skill: z.object(
      { id: z.union([z.string(), z.number()], { error: 'The skill is missing.' }), ...skillNaming },
      { error: 'The skill is missing.' },
    ),
    occupationFacts,
    summary: publishableText('The summary'),
    verdict: z.object(
      {
        importance: zodEnum(IMPORTANCE, 'The importance'),
        rationale: publishableText('The verdict rationale'),
        certaintyOverride: z
          .object({
            grade: zodEnum(CERTAINTY_GRADES, 'The overriding certainty').nullish(),
            reason: z.string().nullish(),
          })
          .nullish(),
      },
      { error: 'The verdict is missing.' },
    ),
    ...(Object.fromEntries(RATING_KEYS.map((key) => [key, rating(key)])) as Record<
      RatingKey,
      ReturnType<typeof rating>
    >),
    screening: z
      .array(
        z.object(
          {
            stage: z.enum(STAGES, { error: 'A screening row has no career stage.' }),
            howScreened: publishableText('A screening note'),
          },
          { error: 'A screening row is empty.' },
        ),
        { error: 'Screening by career stage is missing.' },
      )
      .superRefine(
        (rows, ctx) => {
          const missing = STAGES.filter((stage) => !asList(rows).some((row) => row?.stage === stage))
          if (missing.length) {
            ctx.addIssue({
              code: 'custom',
              message: `Say how the skill is screened at the ${missing.map((stage) => editorLabel(CAREER_STAGES, stage)).join(', ')} stage${missing.length > 1 ? 's' : ''}.`,
            })
          }
        },
        { when: () => true },
      ),
    portfolioPairings: z
      .array(z.unknown(), { error: 'Name at least one portfolio pairing.' })
      .min(1, { error: 'Name at least one portfolio pairing.' }),
    headlineFindings: z.array(cited, { error: 'Headline findings are missing.' }),
    findings: z.array(cited, { error: 'Findings are missing.' }),
    contextFindings: z.array(cited, { error: 'The context findings are not a list of findings.' }).nullish(),
    scopeNote: publishableText('The scope note'),
    limitations: publishableText('What the evidence does not prove'),
    adjacentQuestions: z
      .array(
        z.object(
          { question: publishableText('An adjacent question') },
          { error: 'An adjacent question is empty.' },
        ),
        { error: 'Add at least one adjacent question.' },
      )
      .min(1, { error: 'Add at least one adjacent question.' }),
  })
  .superRefine(
    (page, ctx) => {
      // Runs even when other fields fail, so the checklist lists every problem at once.
      checkBases(page as unknown as Page, ctx)
      checkVerdict(page as unknown as Page, ctx)
      checkRelations(page as unknown as Page, ctx)
      proseNumbersCited('career-skills', citationsOf)(page as unknown as Page, ctx)
    },
    { when: () => true },
  )
