import { RowCheck } from './checkRow'
import { type Table } from './readTable'
import { type OnetRejection } from './types'

export type Parsed<Value> = { line: number; value: Value }

/** A row's value filed under the occupation it belongs to. */
export type Linked<Item> = { code: string; item: Item }

/** What makes a row unique in a file that allows one row per key. */
export type UniqueKey<Value> = {
  of: (value: Value) => string
  /** Names the key in the rejection, e.g. "job zone for 15-1252.00". */
  describe: (value: Value) => string
}

/**
 * Turns a file's rows into values, rejecting each row with every problem found in it (joined into one
 * reason) and, where the file must be unique, a repeat of a key an earlier accepted row already holds.
 */
export const parseRows = <Column extends string, Value>({
  file,
  table,
  parse,
  unique,
}: {
  file: string
  table: Table<Column>
  parse: (check: RowCheck<Column>) => Value
  unique?: UniqueKey<Value>
}): { parsed: Parsed<Value>[]; rejected: OnetRejection[] } => {
  const parsed: Parsed<Value>[] = []
  const rejected: OnetRejection[] = []
  const firstLineOf = new Map<string, number>()
  for (const { line, cells } of table.rows) {
    const check = new RowCheck({ cells, positions: table.positions })
    const value = parse(check)
    if (unique && check.problems.length === 0) {
      const key = unique.of(value)
      const earlier = firstLineOf.get(key)
      if (earlier === undefined) firstLineOf.set(key, line)
      else check.problems.push(`duplicate ${unique.describe(value)}: line ${earlier} already gives it`)
    }
    if (check.problems.length > 0) rejected.push({ file, line, reason: check.problems.join('; ') })
    else parsed.push({ line, value })
  }
  return { parsed, rejected }
}
