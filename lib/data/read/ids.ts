/** A relationship value as its ID, whether it arrived as an ID or a loaded document (depth > 0). */
export const idOf = (value: unknown): string | undefined => {
  if (typeof value === 'string') return value
  if (typeof value === 'number') return String(value)
  if (value && typeof value === 'object' && 'id' in value) return String((value as { id: unknown }).id)
  return undefined
}

/** The IDs in a hasMany relationship value, in order, skipping empty slots. */
export const idsOf = (values: unknown): string[] =>
  (Array.isArray(values) ? values : []).map(idOf).filter((id): id is string => Boolean(id))
