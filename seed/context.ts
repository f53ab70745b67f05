import type { Payload, PayloadRequest } from 'payload'

export type SeedLog = (line: string) => void

/** What every seeding step needs: the Local API, the shared transaction, and a progress printer. */
export type SeedContext = {
  payload: Payload
  req: PayloadRequest
  log: SeedLog
}

/** Hooks that refresh the public site skip their work while seeding. */
export const SEED_CONTEXT = { disableRevalidate: true, seeding: true }

export type KeyMap = Map<string, string>

export const idFor = (map: KeyMap, key: string, what: string): string => {
  const id = map.get(key)
  if (id === undefined) throw new Error(`Demo content refers to an unknown ${what} "${key}".`)
  return id
}

export const idsFor = (map: KeyMap, keys: string[], what: string): string[] =>
  keys.map((key) => idFor(map, key, what))
