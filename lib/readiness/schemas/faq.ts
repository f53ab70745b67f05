import { z } from 'zod'

import { numbersIn } from '../placeholders'
import { chosen, publishableText } from '../text'
import { citedFinding } from './finding'
import { asList } from './lists'

const citedWithFigures = citedFinding.extend({
  figures: z.array(z.object({ value: z.number() })).optional(),
})

export const faqReadiness = z
  .object({
    question: publishableText('The question'),
    answer: publishableText('The answer'),
    citedFindings: z
      .array(citedWithFigures, { error: 'The answer cites nothing.' })
      .min(1, { error: 'The answer cites nothing. Add the findings it draws on.' }),
    topic: chosen('The topic'),
  })
  .superRefine(
    (faq, ctx) => {
      // Runs even when other fields fail, so the checklist names an uncited number at once.
      if (typeof faq.answer !== 'string') return
      const cited = asList(faq.citedFindings).flatMap((finding) => [
        ...numbersIn(`${finding?.headline ?? ''} ${finding?.statement ?? ''}`),
        ...asList(finding?.figures).map((figure) => Math.abs(Number(figure?.value))),
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
    },
    { when: () => true },
  )
