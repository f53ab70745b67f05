import { parseRows } from './parseRows'
import { type Table, type TableSpec } from './readTable'

const columns = ['O*NET-SOC Code', 'Title', 'Description'] as const
type Column = (typeof columns)[number]

export const occupationDataSpec: TableSpec<Column> = { file: 'Occupation Data.txt', columns }

export type OccupationRecord = { code: string; title: string; description: string }

/** The occupations of the release: every other file links to these codes. */
export const parseOccupationData = (table: Table<Column>) =>
  parseRows({
    file: occupationDataSpec.file,
    table,
    parse: (check): OccupationRecord => ({
      code: check.code('O*NET-SOC Code'),
      title: check.text('Title'),
      description: check.text('Description'),
    }),
    unique: {
      of: (occupation) => occupation.code,
      describe: (occupation) => `occupation ${occupation.code}`,
    },
  })
