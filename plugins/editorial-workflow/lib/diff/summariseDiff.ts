import type { CollectionNames, DocumentDiff } from './types'

const count = (n: number, singular: string, plural: string) => `${n} ${n === 1 ? singular : plural}`

/** "finding" for the findings collection, the slug in words when its names are not known. */
const namesFor = (names: CollectionNames, relationTo: string) =>
  names[relationTo] ?? { singular: relationTo, plural: relationTo }

/**
 * The diff in one line, for a queue row: "3 fields, 1 finding added, verdict Important → Essential".
 * Links added to or removed from a list are counted by what they point at; every other change counts
 * as one field.
 */
export const summariseDiff = (diff: DocumentDiff, names: CollectionNames = {}): string => {
  if (diff.isNew) return 'New, never published'
  const parts: string[] = []
  const lists = diff.changes.filter(
    (change) =>
      change.kind === 'relationship' && change.many && (change.added.length || change.removed.length),
  )
  const fields = diff.changes.length - lists.length
  if (fields > 0) parts.push(count(fields, 'field', 'fields'))
  const tally = new Map<string, { added: number; removed: number }>()
  for (const change of lists) {
    if (change.kind !== 'relationship') continue
    const entry = tally.get(change.relationTo) ?? { added: 0, removed: 0 }
    entry.added += change.added.length
    entry.removed += change.removed.length
    tally.set(change.relationTo, entry)
  }
  for (const [relationTo, { added, removed }] of tally) {
    const { singular, plural } = namesFor(names, relationTo)
    if (added) parts.push(`${count(added, singular, plural)} added`)
    if (removed) parts.push(`${count(removed, singular, plural)} removed`)
  }
  for (const summary of diff.summaries) {
    parts.push(`${summary.name} ${summary.before || 'none'} → ${summary.after || 'none'}`)
  }
  return parts.length ? parts.join(', ') : 'No content changes'
}
