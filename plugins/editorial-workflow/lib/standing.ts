import type { EditorialWorkflowOptions } from '../types'

type Retraction = NonNullable<EditorialWorkflowOptions['retraction']>

/** The value at a dot path (`verification.status`) of a document, or undefined. */
export const valueAtPath = (doc: Record<string, unknown>, path: string): unknown =>
  path
    .split('.')
    .reduce<unknown>(
      (value, key) =>
        value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined,
      doc,
    )

/** A source's standing, read from the field the host named. */
export const standingOf = (retraction: Retraction, source: Record<string, unknown>): string | undefined => {
  const value = valueAtPath(source, retraction.statusPath)
  return typeof value === 'string' ? value : undefined
}

/** True when readers must no longer rely on the source. */
export const isUnreliable = (retraction: Retraction, source: Record<string, unknown>): boolean =>
  retraction.unreliableStatuses.includes(standingOf(retraction, source) ?? '')
