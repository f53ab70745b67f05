import { type SourceLine } from './decodeLines'
import { type OnetRejection } from './types'

export type TableRow = { line: number; cells: string[] }

/** A file's rows, and where each needed column stands in them (-1: an optional column the file lacks). */
export type Table<Column extends string> = { positions: Record<Column, number>; rows: TableRow[] }

export type TableSpec<Column extends string> = {
  file: string
  /** Columns the reader needs, found by their header name wherever they stand. */
  columns: readonly Column[]
  /** Needed columns a release may leave out; their fields read as ''. */
  optional?: readonly Column[]
}

const O_NET_SOC_CODE_START = /^\d{2}-\d{4}\.\d{2}\t/

const quoted = (names: string[]) => names.map((name) => `"${name}"`).join(', ')

const headerProblem = ({ header, missing }: { header: SourceLine; missing: string[] }): string => {
  const looksLikeData = O_NET_SOC_CODE_START.test(header.text)
  const what = looksLikeData
    ? `the first line is a data row, not a header (the header naming ${quoted(missing)} is missing)`
    : `the header lacks the column${missing.length > 1 ? 's' : ''} ${quoted(missing)}`
  return `${what}; none of the file's rows were read`
}

const rowProblem = ({ cells, width }: { cells: number; width: number }): string | null => {
  if (cells < width) {
    return `short row: ${cells} field${cells === 1 ? '' : 's'} where the header names ${width}`
  }
  if (cells > width) {
    return `long row: ${cells} fields where the header names ${width} (a tab inside a value?)`
  }
  return null
}

const positionsIn = <Column extends string>({ spec, names }: { spec: TableSpec<Column>; names: string[] }) =>
  Object.fromEntries(spec.columns.map((column) => [column, names.indexOf(column)])) as Record<Column, number>

export const emptyTable = <Column extends string>(spec: TableSpec<Column>): Table<Column> => ({
  positions: positionsIn({ spec, names: [] }),
  rows: [],
})

/**
 * The rows of a tab-separated release file, its columns found by header name. A header that lacks a
 * needed column rejects the whole file at line 1; an empty, short or long row is rejected on its line.
 */
export const readTable = <Column extends string>({
  spec,
  lines,
}: {
  spec: TableSpec<Column>
  lines: SourceLine[]
}): { table: Table<Column>; rejected: OnetRejection[] } => {
  const { file } = spec
  const header = lines[0]
  if (!header || header.line !== 1) {
    const reason = header ? 'the header row is unreadable' : 'the file is empty: it has no header row'
    return {
      table: emptyTable(spec),
      rejected: [{ file, line: 1, reason: `${reason}; none of the file's rows were read` }],
    }
  }
  const names = header.text.split('\t').map((name) => name.trim())
  const optional = new Set<string>(spec.optional ?? [])
  const missing = spec.columns.filter((column) => !names.includes(column) && !optional.has(column))
  const repeated = spec.columns.filter((column) => names.indexOf(column) !== names.lastIndexOf(column))
  if (missing.length > 0) {
    return {
      table: emptyTable(spec),
      rejected: [{ file, line: 1, reason: headerProblem({ header, missing }) }],
    }
  }
  if (repeated.length > 0) {
    const reason = `the header names ${quoted(repeated)} more than once; none of the file's rows were read`
    return { table: emptyTable(spec), rejected: [{ file, line: 1, reason }] }
  }

  const rows: TableRow[] = []
  const rejected: OnetRejection[] = []
  for (let index = 1; index < lines.length; index += 1) {
    const { line, text } = lines[index]
    if (text === '') {
      rejected.push({ file, line, reason: 'empty line inside the file' })
      continue
    }
    const cells = text.split('\t')
    const problem = rowProblem({ cells: cells.length, width: names.length })
    if (problem) {
      rejected.push({ file, line, reason: problem })
      continue
    }
    rows.push({ line, cells })
  }
  return { table: { positions: positionsIn({ spec, names }), rows }, rejected }
}
