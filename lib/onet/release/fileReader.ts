import { decodeLines } from './decodeLines'
import { type Parsed } from './parseRows'
import { emptyTable, readTable, type Table, type TableSpec } from './readTable'
import { type LoadedFile } from './releaseFolder'
import { type OnetFileSummary, type OnetReadProgress, type OnetRejection } from './types'

/**
 * Turns the loaded files into table rows one file at a time, and keeps what the release reports about
 * them: each file's checksum and accepted rows, every rejection, and progress as each file starts and ends.
 */
export const createFileReader = ({
  loaded,
  onProgress,
}: {
  loaded: ReadonlyMap<string, LoadedFile>
  onProgress?: (event: OnetReadProgress) => void
}) => {
  const files: OnetFileSummary[] = []
  const rejected: OnetRejection[] = []

  /** The file's rows and where each column stands; no rows when it is missing or its header lacks a column. */
  const table = <Column extends string>(spec: TableSpec<Column>): Table<Column> => {
    const file = loaded.get(spec.file)
    if (!file || 'problem' in file) {
      rejected.push({ file: spec.file, line: 0, reason: file?.problem ?? 'the file was not read' })
      return emptyTable(spec)
    }
    onProgress?.({ file: spec.file, rows: 0, done: false })
    const decoded = decodeLines({ file: spec.file, bytes: file.bytes })
    const read = readTable({ spec, lines: decoded.lines })
    rejected.push(...decoded.rejected, ...read.rejected)
    return read.table
  }

  /** Records what the file gave once its rows are parsed. */
  const finish = ({
    file,
    accepted,
    problems,
  }: {
    file: string
    accepted: number
    problems: OnetRejection[]
  }) => {
    rejected.push(...problems)
    const loadedFile = loaded.get(file)
    if (!loadedFile || 'problem' in loadedFile) return
    files.push({ name: file, sha256: loadedFile.sha256, bytes: loadedFile.bytes.length, rows: accepted })
    onProgress?.({ file, rows: accepted, done: true })
  }

  /** Reads and parses one file, and records what it gave: its parsed rows count as accepted. */
  const parseFile = <Column extends string, Value>({
    spec,
    parse,
  }: {
    spec: TableSpec<Column>
    parse: (table: Table<Column>) => { parsed: Parsed<Value>[]; rejected: OnetRejection[] }
  }): Parsed<Value>[] => {
    const { parsed, rejected: problems } = parse(table(spec))
    finish({ file: spec.file, accepted: parsed.length, problems })
    return parsed
  }

  /** Rejections in file order, then line order. */
  const sortedRejections = (fileOrder: readonly string[]): OnetRejection[] =>
    [...rejected].sort((a, b) => fileOrder.indexOf(a.file) - fileOrder.indexOf(b.file) || a.line - b.line)

  return { table, finish, parseFile, files, sortedRejections }
}
