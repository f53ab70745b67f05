import { entriesAtPath } from './paths'
import { RATING_KEYS, RATINGS } from './ratings'

/** A field a reader sees as sentences, and how a refusal names it. */
export type ProseField = { readonly path: string; readonly label: string }

/**
 * Every prose field of every collection: each number in them must be one the document cites (see
 * `uncitedNumbers`). A finding's headline and statement are not here because they are the citation
 * the other fields are checked against; its population, scope and limitations are checked against the
 * finding's own figures. A source is a bibliographic record: its title, sample description, conflict
 * statement and verification note describe that work in its own terms and carry no claim of ours.
 * An assessment's items, levels and instructions are the instrument's wording, not claims; its
 * summary, dimension descriptions and recommendation reasons are.
 */
export const PROSE_FIELDS = {
  sources: [],
  findings: [
    { path: 'population', label: 'The population' },
    { path: 'scope', label: 'The scope' },
    { path: 'limitations', label: 'The limitations' },
  ],
  careers: [
    { path: 'summary', label: 'The summary' },
    { path: 'demandBasis.rationale', label: 'The demand rationale' },
  ],
  skills: [{ path: 'summary', label: 'The summary' }],
  'career-skills': [
    { path: 'summary', label: 'The summary' },
    { path: 'verdict.rationale', label: 'The verdict rationale' },
    { path: 'verdict.certaintyOverride.reason', label: 'The certainty override reason' },
    ...RATING_KEYS.map((key) => ({
      path: `${key}.rationale`,
      label: `The ${RATINGS[key].label.toLowerCase()} rationale`,
    })),
    { path: 'screening.howScreened', label: 'A screening note' },
    { path: 'scopeNote', label: 'The scope note' },
    { path: 'limitations', label: 'What the evidence does not prove' },
    { path: 'adjacentQuestions.question', label: 'An adjacent question' },
  ],
  faqs: [
    { path: 'question', label: 'The question' },
    { path: 'answer', label: 'The answer' },
  ],
  assessments: [
    { path: 'summary', label: 'The summary' },
    { path: 'dimensions.description', label: 'A dimension description' },
    { path: 'recommendationRules.reason', label: 'A recommendation reason' },
  ],
} as const satisfies Record<string, readonly ProseField[]>

export type ProseCollection = keyof typeof PROSE_FIELDS

/** The prose a document holds, each text with its concrete path ("screening.2.howScreened"). */
export const proseTexts = (
  collection: ProseCollection,
  doc: unknown,
): { path: string; label: string; text: string }[] =>
  (PROSE_FIELDS[collection] as readonly ProseField[]).flatMap(({ path, label }) =>
    entriesAtPath(doc, path).flatMap((entry) =>
      typeof entry.value === 'string' ? [{ path: entry.path, label, text: entry.value }] : [],
    ),
  )
