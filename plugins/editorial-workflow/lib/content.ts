/**
 * Fields the workflow and Payload manage, and a source's verification standing (which is editorial
 * judgement about the work, not its content); changing them is not a change of content.
 */
const NOT_CONTENT = new Set([
  'id',
  '_status',
  'stage',
  'reviewNote',
  'changedBy',
  'createdAt',
  'updatedAt',
  'verification',
  'flags',
])

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

const contentOf = (doc: Record<string, unknown> | undefined) =>
  JSON.stringify(
    normalise(Object.fromEntries(Object.entries(doc ?? {}).filter(([key]) => !NOT_CONTENT.has(key)))),
  )

/** True when a save changes what a reader would see, not only the workflow's bookkeeping. */
export const contentChanged = (before: Record<string, unknown> | undefined, after: Record<string, unknown>) =>
  contentOf(before) !== contentOf(after)
