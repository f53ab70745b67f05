import { z } from 'zod'

import { chosen, publishableText } from '../text'

export const sourceReadiness = z.object({
  title: publishableText('The title'),
  authors: z
    .array(z.object({ name: publishableText('An author name') }, { error: 'An author is empty.' }), {
      error: 'Authors are missing.',
    })
    .min(1, { error: 'At least one author is needed.' }),
  venue: publishableText('The venue'),
  year: z
    .number({ error: 'The year is missing.' })
    .int({ error: 'The year must be a whole number.' })
    .min(1900, { error: 'The year must be between 1900 and 2100.' })
    .max(2100, { error: 'The year must be between 1900 and 2100.' }),
  url: z.url({ error: 'The URL is not a valid web address.' }),
  provenance: z.object(
    {
      sourceType: chosen('The source type'),
      studyDesign: chosen('The study design'),
    },
    { error: 'Provenance is missing.' },
  ),
})

/** What a page needs of a cited source: enough to build its citation. */
export const citedSource = sourceReadiness.pick({
  title: true,
  authors: true,
  venue: true,
  year: true,
  url: true,
})
