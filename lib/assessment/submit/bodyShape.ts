import { problem, type Problem } from './problems'

/**
 * The deepest nesting a submission needs is four levels (body → answers → item → rubric level);
 * anything deeper is refused before any other check walks it.
 */
export const MAX_NESTING = 4

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

type Pending = { value: unknown; path: string; depth: number }

/**
 * Refuses a decoded body that nests deeper than a submission can, or that carries a key which could
 * pollute a prototype if some later code merged it (JSON.parse keeps `__proto__` as an own key).
 * It walks with its own stack rather than recursing, so no shape of body, however deep, can exhaust
 * the call stack.
 */
export const bodyShapeProblem = (data: unknown): Problem | null => {
  const pending: Pending[] = [{ value: data, path: '', depth: 0 }]
  while (pending.length > 0) {
    const { value, path, depth } = pending.pop() as Pending
    if (!value || typeof value !== 'object') continue
    if (depth >= MAX_NESTING) {
      return problem(400, `The body nests deeper than ${MAX_NESTING} levels.`, path || 'body')
    }
    for (const key of Object.keys(value)) {
      const here = path ? `${path}.${key}` : key
      if (FORBIDDEN_KEYS.has(key)) return problem(400, `The key "${here}" is not allowed.`, here)
      pending.push({ value: (value as Record<string, unknown>)[key], path: here, depth: depth + 1 })
    }
  }
  return null
}
