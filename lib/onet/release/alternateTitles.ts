import { type Linked, parseRows } from './parseRows'
import { type Table, type TableSpec } from './readTable'
import { type OnetAlternateTitle } from './types'

const columns = ['O*NET-SOC Code', 'Alternate Title', 'Short Title', 'Source(s)'] as const
type Column = (typeof columns)[number]

export const alternateTitlesSpec: TableSpec<Column> = { file: 'Alternate Titles.txt', columns }

const splitSources = (sources: string | null): string[] =>
  (sources ?? '')
    .split(',')
    .map((source) => source.trim())
    .filter(Boolean)

/**
 * Other names of an occupation. Not unique per title: the release itself lists a title twice when it has
 * two short forms (21-1014.00 "Licensed Mental Health Counselor (LMHC)"), so repeats are kept.
 */
export const parseAlternateTitles = ({
  table,
  occupations,
}: {
  table: Table<Column>
  occupations: ReadonlySet<string>
}) =>
  parseRows({
    file: alternateTitlesSpec.file,
    table,
    parse: (check): Linked<OnetAlternateTitle> => ({
      code: check.knownCode('O*NET-SOC Code', occupations),
      item: {
        title: check.text('Alternate Title'),
        shortTitle: check.optionalText('Short Title'),
        sources: splitSources(check.optionalText('Source(s)')),
      },
    }),
  })
