import type { z } from 'zod'

import { citedNumbersOf, type NumberSource, uncitedNumbers } from '../evidence/numbers'
import { type ProseCollection, proseTexts } from '../evidence/model'

/**
 * A readiness rule for every prose field of a collection: each number written there must be one the
 * document's citations contain (see `uncitedNumbers` for the years, versions and names let through).
 * The message quotes the number as written, so the editor finds it.
 */
export const proseNumbersCited =
  <T>(collection: ProseCollection, citationsOf: (doc: T) => NumberSource[]) =>
  (doc: T, ctx: z.RefinementCtx) => {
    const citedNumbers = citedNumbersOf({ findings: citationsOf(doc) })
    for (const { path, label, text } of proseTexts(collection, doc)) {
      for (const { quoted } of uncitedNumbers({ text, citedNumbers })) {
        ctx.addIssue({
          code: 'custom',
          path: path.split('.'),
          message: `${label} quotes “${quoted}”, which no cited finding contains. Cite the finding it comes from, or take the number out.`,
        })
      }
    }
  }
