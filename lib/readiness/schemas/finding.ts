import { z } from 'zod'

import { numbersIn } from '../placeholders'
import { proseNumbersCited } from '../proseNumbers'
import { chosen, publishableText } from '../text'
import { asList } from './lists'
import { citedSource } from './source'

const figure = z.object(
  {
    label: publishableText('A figure label'),
    value: z.number({ error: 'A figure has no value.' }).finite(),
    unit: publishableText('A figure unit'),
  },
  { error: 'A figure is empty.' },
)

export const findingReadiness = z
  .object({
    headline: publishableText('The headline stat'),
    statement: publishableText('The statement'),
    source: z.object(citedSource.shape, {
      error:
        'The finding has no published source. Choose one, and publish it first or submit it with this finding.',
    }),
    figures: z.array(figure, { error: 'Figures are missing.' }).min(1, {
      error: 'List the figures the headline quotes.',
    }),
    topic: chosen('The topic'),
    population: publishableText('The population'),
    scope: publishableText('The scope'),
    certainty: chosen('The certainty'),
    limitations: publishableText('The limitations'),
  })
  .superRefine(
    (finding, ctx) => {
      // Runs even when other fields fail, so the checklist lists every problem at once.
      if (typeof finding.headline !== 'string') return
      const listed = new Set(asList(finding.figures).map((figure) => Math.abs(Number(figure?.value))))
      const headlineNumbers = numbersIn(finding.headline)
      if (headlineNumbers.length === 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['headline'],
          message: 'The headline stat has no number in it.',
        })
      }
      for (const number of headlineNumbers) {
        if (!listed.has(number)) {
          ctx.addIssue({
            code: 'custom',
            path: ['figures'],
            message: `The headline quotes ${number}, which is not among the figures.`,
          })
        }
      }
      proseNumbersCited('findings', (own: typeof finding) => [own])(finding, ctx)
    },
    { when: () => true },
  )

/** A finding as a page cites it: its stat and statement, traced to a source. */
export const citedFinding = z.object(
  {
    headline: publishableText('A cited finding headline'),
    statement: publishableText('A cited finding statement'),
    source: z.object(citedSource.shape, { error: 'A cited finding has no source.' }),
  },
  { error: 'A cited finding is missing.' },
)
