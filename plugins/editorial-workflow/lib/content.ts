/** Fields the workflow and Payload manage; readers never see them change. */
export const BOOKKEEPING = ['id', '_status', 'stage', 'reviewNote', 'changedBy', 'createdAt', 'updatedAt']

/**
 * A source's verification standing and the flags derived from it: a reviewer's judgement about the
 * work rather than its content. Readers see it, so an editor's change of it is reviewed like content.
 */
const JUDGEMENT = ['verification', 'flags']

const NOT_CONTENT = new Set([...BOOKKEEPING, ...JUDGEMENT])
const NOT_SEEN = new Set(BOOKKEEPING)

/** Relationships may arrive as ids or as loaded documents; compare them by id. */
const normalise = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(normalise)
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>
    if ('id' in record && 'createdAt' in record) return String(record.id)
    return Object.fromEntries(
      Object.keys(record)
        .filter((key) => record[key] !== undefined && record[key] !== null)
        .sort()
        .map((key) => [key, normalise(record[key])]),
    )
  }
  return value ?? null
}

const without = (ignored: Set<string>, doc: Record<string, unknown> | undefined) =>
  JSON.stringify(
    normalise(Object.fromEntries(Object.entries(doc ?? {}).filter(([key]) => !ignored.has(key)))),
  )

type Doc = Record<string, unknown>

/** True when a save changes the content, not only the workflow's bookkeeping or a reviewer's judgement. */
export const contentChanged = (before: Doc | undefined, after: Doc) =>
  without(NOT_CONTENT, before) !== without(NOT_CONTENT, after)

/** True when a save changes anything a reader would see, a source's standing included. */
export const visibleChanged = (before: Doc | undefined, after: Doc) =>
  without(NOT_SEEN, before) !== without(NOT_SEEN, after)
