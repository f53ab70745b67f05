import { z } from 'zod'

import { chosen, publishableText } from '../text'

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

const curatedSkill = z.object({
  ...curated,
  ...skillNaming,
  summary: publishableText('The summary'),
  kind: chosen('The kind'),
})

const importedSkill = z.object({
  ...imported,
  ...skillNaming,
  kind: chosen('The kind'),
})

export const skillReadiness = z.discriminatedUnion('origin', [curatedSkill, importedSkill])

const curatedCareer = z.object({
  ...curated,
  ...careerNaming,
  summary: publishableText('The summary'),
  demandProfile: chosen('The demand profile'),
  taxonomy: z.object(
    {
      onetSoc: publishableText('The O*NET-SOC code'),
      escoLabel: publishableText('The ESCO occupation'),
      isco08: publishableText('The ISCO-08 code'),
    },
    { error: 'Taxonomy codes are missing.' },
  ),
})

const importedCareer = z.object({
  ...imported,
  ...careerNaming,
  onet: z.object(
    { code: publishableText('The O*NET-SOC code') },
    { error: 'The O*NET occupation is missing.' },
  ),
})

export const careerReadiness = z.discriminatedUnion('origin', [curatedCareer, importedCareer])
