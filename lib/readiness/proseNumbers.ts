import type { z } from 'zod'

import { citedNumbersOf, type NumberSource, uncitedNumbers } from '../evidence/numbers'
import { type ProseCollection, proseTexts } from '../evidence/model'

/**
 * A readiness rule for every prose field of a collection: each number written there must be one the
 * document's citations contain (see `uncitedNumbers` for the years, versions and names let through).
 * The message quotes the number as written, so the editor finds it. `citationsOf` answers null when
 * the document arrived with its citations as bare IDs (a list that only links to it): its numbers are
 * then checked where it is shown with them loaded, and at submit.
 */
export const proseNumbersCited =
  <T>(collection: ProseCollection, citationsOf: (doc: T) => NumberSource[] | null) =>
  (doc: T, ctx: z.RefinementCtx) => {
    const citations = citationsOf(doc)
    if (citations === null) return
    // The rule also runs on documents whose other fields failed: only loaded citations count.
    const loaded = (Array.isArray(citations) ? citations : []).filter(
      (citation): citation is NumberSource => typeof citation === 'object' && citation !== null,
    )
    const citedNumbers = citedNumbersOf({ findings: loaded })
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
