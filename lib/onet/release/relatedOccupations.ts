import { type Linked, parseRows } from './parseRows'
import { type Table, type TableSpec } from './readTable'
import { type OnetRelatedOccupation } from './types'

const columns = ['O*NET-SOC Code', 'Related O*NET-SOC Code', 'Relatedness Tier', 'Index'] as const
type Column = (typeof columns)[number]

export const relatedOccupationsSpec: TableSpec<Column> = { file: 'Related Occupations.txt', columns }

/** Ranked links between occupations; both ends must be occupations of the release. */
export const parseRelatedOccupations = ({
  table,
  occupations,
}: {
  table: Table<Column>
  occupations: ReadonlySet<string>
}) =>
  parseRows({
    file: relatedOccupationsSpec.file,
    table,
    parse: (check): Linked<OnetRelatedOccupation> => {
      const code = check.knownCode('O*NET-SOC Code', occupations)
      const related = check.knownCode('Related O*NET-SOC Code', occupations)
      if (code === related) check.problems.push(`${code} is listed as related to itself`)
      return {
        code,
        item: {
          code: related,
          tier: check.text('Relatedness Tier'),
          index: check.number('Index', { min: 1, whole: true }),
        },
      }
    },
    unique: {
      of: (link) => `${link.code}\t${link.item.code}`,
      describe: (link) => `link from ${link.code} to ${link.item.code}`,
    },
  })
