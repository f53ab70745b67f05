/** Fields the workflow and Payload manage; readers never see them change. */
export const BOOKKEEPING = ['id', '_status', 'stage', 'reviewNote', 'changedBy', 'createdAt', 'updatedAt']

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

export type ChangeDetector = {
  /** True when a save changes the content, not only the workflow's bookkeeping or a reviewer's judgement. */
  contentChanged: (before: Doc | undefined, after: Doc) => boolean
  /** True when a save changes anything a reader would see, a reviewer's judgement included. */
  visibleChanged: (before: Doc | undefined, after: Doc) => boolean
}

/**
 * Compares saves field by field. The judgement fields (the host names them: a source's verification
 * standing and the flags derived from it) are a reviewer's judgement about the work rather than its
 * content; readers see them, so an editor's change of them is still reviewed like content.
 */
export const changeDetector = (judgementFields: string[]): ChangeDetector => {
  const notContent = new Set([...BOOKKEEPING, ...judgementFields])
  const notSeen = new Set(BOOKKEEPING)
  return {
    contentChanged: (before, after) => without(notContent, before) !== without(notContent, after),
    visibleChanged: (before, after) => without(notSeen, before) !== without(notSeen, after),
  }
}
