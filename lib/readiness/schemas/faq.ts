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
      .min(1, { error: 'The answer cites nothing; add the findings it draws on.' }),
    topic: chosen('The topic'),
  })
  .superRefine(proseNumbersCited('faqs', (faq) => faq.citedFindings))
