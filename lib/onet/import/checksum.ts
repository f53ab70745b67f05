import crypto from 'node:crypto'

/** Keys sorted at every level, so the same facts always hash the same whatever order they came in. */
const canonical = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(canonical)
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
    )
  }
  return value
}

/** A short fingerprint of what an import writes to one document, to tell "unchanged" without a diff. */
export const checksumOf = (value: unknown): string =>
  crypto
    .createHash('sha256')
    .update(JSON.stringify(canonical(value)))
    .digest('hex')
    .slice(0, 32)
