import { type Linked, parseRows } from './parseRows'
import { readProvenance } from './provenance'
import { type Table, type TableSpec } from './readTable'
import { type OnetTask } from './types'

const columns = [
  'O*NET-SOC Code',
  'Task ID',
  'Task',
  'Task Type',
  'Incumbents Responding',
  'Date',
  'Domain Source',
] as const
type Column = (typeof columns)[number]

export const taskStatementsSpec: TableSpec<Column> = { file: 'Task Statements.txt', columns }

const TASK_TYPES = ['Core', 'Supplemental'] as const

/** What workers in an occupation do; O*NET leaves the type and the incumbent count 'n/a' for some. */
export const parseTaskStatements = ({
  table,
  occupations,
}: {
  table: Table<Column>
  occupations: ReadonlySet<string>
}) =>
  parseRows({
    file: taskStatementsSpec.file,
    table,
    parse: (check): Linked<OnetTask> => ({
      code: check.knownCode('O*NET-SOC Code', occupations),
      item: {
        id: check.text('Task ID'),
        statement: check.text('Task'),
        type: check.optionalText('Task Type') === null ? null : check.oneOf('Task Type', TASK_TYPES),
        incumbentsResponding: check.optionalNumber('Incumbents Responding', { min: 0, whole: true }),
        provenance: readProvenance({ check, file: taskStatementsSpec.file }),
      },
    }),
    unique: {
      of: (task) => `${task.code}\t${task.item.id}`,
      describe: (task) => `task ${task.item.id} for ${task.code}`,
    },
  })
