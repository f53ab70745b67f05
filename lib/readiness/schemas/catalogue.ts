import { z } from 'zod'

import { chosen, publishableText } from '../text'

export const skillReadiness = z.object({
  name: publishableText('The name'),
  slug: publishableText('The slug'),
  summary: publishableText('The summary'),
  kind: chosen('The kind'),
})

export const careerReadiness = z.object({
  title: publishableText('The title'),
  slug: publishableText('The slug'),
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
