import { z } from 'zod'

import { numbersIn } from '../placeholders'
import { chosen, publishableText } from '../text'
import { citedFinding } from './finding'

const citedWithFigures = citedFinding.extend({
  figures: z.array(z.object({ value: z.number() })).optional(),
})

export const faqReadiness = z
  .object({
    question: publishableText('The question'),
    answer: publishableText('The answer'),
    citedFindings: z
      .array(citedWithFigures, { error: 'The answer cites nothing.' })
      .min(1, { error: 'The answer cites nothing: add the findings it draws on.' }),
    topic: chosen('The topic'),
  })
  .superRefine((faq, ctx) => {
    const cited = faq.citedFindings.flatMap((finding) => [
      ...numbersIn(`${finding.headline} ${finding.statement}`),
      ...(finding.figures ?? []).map(({ value }) => Math.abs(value)),
    ])
    for (const number of numbersIn(faq.answer)) {
      if (!cited.includes(number)) {
        ctx.addIssue({
          code: 'custom',
          path: ['answer'],
          message: `The answer quotes ${number}, which no cited finding contains.`,
        })
      }
    }
  })
