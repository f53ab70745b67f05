import type { Payload } from 'payload'

const READS = [
  'find',
  'findOne',
  'count',
  'findVersions',
  'countVersions',
  'queryDrafts',
  'findDistinct',
  'findGlobal',
] as const

/** Runs `work` and counts how many times it called the database adapter. */
export const countAdapterCalls = async <T>(
  payload: Payload,
  work: () => Promise<T>,
): Promise<{ calls: number; result: T }> => {
  const db = payload.db as unknown as Record<string, unknown>
  const originals = new Map<string, unknown>()
  let calls = 0
  for (const name of READS) {
    const original = db[name]
    if (typeof original !== 'function') continue
    originals.set(name, original)
    db[name] = (...args: unknown[]) => {
      calls += 1
      return (original as (...a: unknown[]) => unknown).apply(payload.db, args)
    }
  }
  try {
    const result = await work()
    return { calls, result }
  } finally {
    originals.forEach((original, name) => (db[name] = original))
  }
}
