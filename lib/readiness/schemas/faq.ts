import { z } from 'zod'

import { proseNumbersCited } from '../proseNumbers'
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
      .min(1, { error: 'The answer cites nothing. Add the findings it draws on.' }),
    topic: chosen('The topic'),
  })
  // Runs even when other fields fail, so the checklist names an uncited number at once.
  .superRefine(
    proseNumbersCited('faqs', (faq) => faq.citedFindings),
    { when: () => true },
  )
