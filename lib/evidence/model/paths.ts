/**
 * What a dotted field path ("screening.howScreened", "funnelRole.finding") holds in a document, with
 * the concrete path of each value ("screening.2.howScreened"). Arrays on the way (array fields, hasMany
 * relationships) are walked row by row; a relationship that arrived loaded is returned whole.
 */
export const entriesAtPath = (doc: unknown, path: string): { path: string; value: unknown }[] => {
  const walk = (value: unknown, keys: string[], at: string[]): { path: string; value: unknown }[] => {
    if (Array.isArray(value)) return value.flatMap((item, index) => walk(item, keys, [...at, String(index)]))
    if (keys.length === 0) return value === undefined || value === null ? [] : [{ path: at.join('.'), value }]
    if (!value || typeof value !== 'object') return []
    const [key, ...rest] = keys as [string, ...string[]]
    return walk((value as Record<string, unknown>)[key], rest, [...at, key])
  }
  return walk(doc, path.split('.'), [])
}

export const valuesAtPath = (doc: unknown, path: string): unknown[] =>
  entriesAtPath(doc, path).map(({ value }) => value)
