import { z } from 'zod'

import { RATING_BASES, zodEnum } from '../../evidence/model'
import type { NumberSource } from '../../evidence/numbers'
import { proseNumbersCited } from '../proseNumbers'
import { chosen, publishableText } from '../text'
import { citedFinding } from './finding'

/** Written by editors: everything a page of it shows must be filled in. */
const curated = { origin: z.enum(['curated']).nullish() }

/**
 * Imported from a dataset (O*NET): the name and code come from the release; the text an editor
 * would write stays optional, and the page shows the dataset's facts instead.
 */
const imported = { origin: z.literal('onet') }

/** What names a skill or a career wherever it is linked, whatever its origin. */
export const skillNaming = { name: publishableText('The name'), slug: publishableText('The slug') }
export const careerNaming = { title: publishableText('The title'), slug: publishableText('The slug') }

const curatedSkill = z
  .object({
    ...curated,
    ...skillNaming,
    summary: publishableText('The summary'),
    kind: chosen('The kind'),
  })
  .superRefine(proseNumbersCited('skills', () => []))

const importedSkill = z.object({
  ...imported,
  ...skillNaming,
  kind: chosen('The kind'),
})

export const skillReadiness = z.discriminatedUnion('origin', [curatedSkill, importedSkill])

const DEMAND_BASES = RATING_BASES.filter(({ value }) => value !== 'dataset')

/** Where a curated career's demand profile comes from: a cited finding, or a reasoned judgement. */
const demandBasis = z
  .object(
    {
      basis: zodEnum(DEMAND_BASES, 'The basis of the demand profile'),
      finding: z.unknown().optional(),
      rationale: publishableText('The demand rationale'),
    },
    { error: 'The demand profile does not say where it comes from.' },
  )
  .superRefine((value, ctx) => {
    if (value.basis !== 'finding') return
    // Loaded (at submit, and on the pages that show the demand) it must be a published finding with a
    // source; lists that only link to the career hold its id, and do not show the demand.
    const loaded = typeof value.finding === 'object' && value.finding !== null
    if (!value.finding || (loaded && !citedFinding.safeParse(value.finding).success)) {
      ctx.addIssue({
        code: 'custom',
        path: ['finding'],
        message: 'The demand profile cites no published finding with a source.',
      })
    }
  })

const curatedCareerFields = {
  ...curated,
  ...careerNaming,
  summary: publishableText('The summary'),
  demandProfile: chosen('The demand profile'),
  demandBasis,
  taxonomy: z.object(
    {
      onetSoc: publishableText('The O*NET-SOC code'),
      escoLabel: publishableText('The ESCO occupation'),
      isco08: publishableText('The ISCO-08 code'),
    },
    { error: 'Taxonomy codes are missing.' },
  ),
}

/** The finding the demand rests on, once loaded; null while it is a bare ID (see `proseNumbersCited`). */
const demandCitation = (career: {
  demandBasis?: { basis?: unknown; finding?: unknown } | null
}): NumberSource[] | null => {
  const finding = career.demandBasis?.finding
  if (
    career.demandBasis?.basis === 'finding' &&
    (typeof finding === 'string' || typeof finding === 'number')
  ) {
    return null
  }
  return citedFinding.safeParse(finding).success ? [finding as NumberSource] : []
}

const curatedCareer = z.object(curatedCareerFields).superRefine(proseNumbersCited('careers', demandCitation))

const importedCareer = z.object({
  ...imported,
  ...careerNaming,
  onet: z.object(
    { code: publishableText('The O*NET-SOC code') },
    { error: 'The O*NET occupation is missing.' },
  ),
})

export const careerReadiness = z.discriminatedUnion('origin', [curatedCareer, importedCareer])
