const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

export type ValueShape = {
  /** Levels of objects and arrays, the outermost counting one. */
  nesting: number
  longestList: number
  /** The dotted path of a key that could pollute a prototype if the value were ever merged. */
  forbiddenKey: string | null
}

type Visit = { value: unknown; depth: number; key: string; parent: Visit | null }

const pathOf = (visit: Visit): string => {
  const keys: string[] = []
  for (let at: Visit | null = visit; at?.parent; at = at.parent) keys.unshift(at.key)
  return keys.join('.')
}

/**
 * The shape of a decoded JSON value, walked with a stack of its own: no nesting, however deep, can
 * exhaust the call stack here, which is why it is measured before anything recursive sees the value.
 */
export const valueShape = (value: unknown): ValueShape => {
  const shape: ValueShape = { nesting: 0, longestList: 0, forbiddenKey: null }
  const pending: Visit[] = [{ value, depth: 0, key: '', parent: null }]
  while (pending.length > 0) {
    const visit = pending.pop() as Visit
    if (typeof visit.value !== 'object' || visit.value === null) continue
    shape.nesting = Math.max(shape.nesting, visit.depth + 1)
    if (Array.isArray(visit.value)) shape.longestList = Math.max(shape.longestList, visit.value.length)
    for (const [key, child] of Object.entries(visit.value)) {
      const next = { value: child, depth: visit.depth + 1, key, parent: visit }
      if (FORBIDDEN_KEYS.has(key)) shape.forbiddenKey ??= pathOf(next)
      pending.push(next)
    }
  }
  return shape
}
