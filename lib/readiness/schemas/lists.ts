/**
 * A list field's rows, read defensively: refinements that run even when the field itself is wrong
 * (so that every problem is listed at once) must not fail on a missing or malformed list.
 */
export const asList = <T>(value: readonly T[] | null | undefined): (T | undefined)[] =>
  Array.isArray(value) ? [...value] : []
