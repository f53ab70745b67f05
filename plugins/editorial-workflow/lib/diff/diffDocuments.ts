import type { Field } from 'payload'

import { diffFields } from './diffFields'
import type { DocumentDiff, SummaryChange } from './types'

type Doc = Record<string, unknown>

type DiffArgs = {
  fields: Field[]
  /** The version readers have seen last; absent when the document was never published. */
  published: Doc | null | undefined
  /** The version under review. */
  current: Doc
  /** Top-level fields that are bookkeeping, not content. */
  ignore?: Iterable<string>
  /** Headline judgements of each version (`{ verdict: 'Important' }`), compared name by name. */
  summaries?: { published?: Record<string, string>; current?: Record<string, string> }
}

const diffSummaries = (before: Record<string, string> = {}, after: Record<string, string> = {}) =>
  [...new Set([...Object.keys(before), ...Object.keys(after)])]
    .map((name): SummaryChange => ({ name, before: before[name] ?? '', after: after[name] ?? '' }))
    .filter((change) => change.before !== change.after)

/** What the version under review changes against the last published one. */
export const diffDocuments = ({
  fields,
  published,
  current,
  ignore = [],
  summaries,
}: DiffArgs): DocumentDiff => {
  if (!published) return { isNew: true, changes: [], summaries: [] }
  return {
    isNew: false,
    changes: diffFields({
      fields,
      before: published,
      after: current,
      path: '',
      label: '',
      ignore: new Set(ignore),
    }),
    summaries: diffSummaries(summaries?.published, summaries?.current),
  }
}
