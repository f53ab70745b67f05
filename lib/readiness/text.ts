import { z } from 'zod'

import { placeholderProblem } from './placeholders'

/** Text a reader will see: present, not blank, and free of placeholders and empty number slots. */
export const publishableText = (label: string) =>
  z
    .string({ error: `${label} is missing.` })
    .trim()
    .min(1, { error: `${label} is empty.` })
    .superRefine((value, ctx) => {
      const problem = placeholderProblem(value)
      if (problem) ctx.addIssue({ code: 'custom', message: `${label} ${problem}.` })
    })

export const chosen = (label: string) =>
  z.string({ error: `${label} is not chosen.` }).min(1, { error: `${label} is not chosen.` })
