/** A refused submission: the status, and a body that names the field at fault. */
export type Problem = {
  status: number
  body: { error: string; field?: string; issues?: { field: string; message: string }[] }
}

export const problem = (status: number, error: string, field?: string): Problem => ({
  status,
  body: field ? { error, field } : { error },
})

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

/**
 * The dotted path of the first key that could pollute a prototype if some later code merged this
 * object, or null. JSON.parse keeps `__proto__` as an own key, so it is found here.
 */
export const pollutingKey = (value: unknown, path = ''): string | null => {
  if (!value || typeof value !== 'object') return null
  for (const key of Object.keys(value)) {
    const here = path ? `${path}.${key}` : key
    if (FORBIDDEN_KEYS.has(key)) return here
    const nested = pollutingKey((value as Record<string, unknown>)[key], here)
    if (nested) return nested
  }
  return null
}
