import { type Linked, parseRows } from './parseRows'
import { type Table, type TableSpec } from './readTable'
import { type OnetTechnology } from './types'
import { UNSPSC_COMMODITY_CODE } from './unspscReference'

const columns = [
  'O*NET-SOC Code',
  'Example',
  'Commodity Code',
  'Commodity Title',
  'Hot Technology',
  'In Demand',
] as const
type Column = (typeof columns)[number]

export const technologySkillsSpec: TableSpec<Column> = {
  file: 'Technology Skills.txt',
  columns,
  optional: ['Commodity Title'],
}

/**
 * Software used in an occupation, one row per occupation and example. The row's own commodity title wins;
 * UNSPSC Reference only fills a title the row leaves empty (or a file without the column), so a commodity
 * code UNSPSC Reference does not know is accepted when the row names its title.
 */
export const parseTechnologySkills = ({
  table,
  occupations,
  commodityTitles,
}: {
  table: Table<Column>
  occupations: ReadonlySet<string>
  commodityTitles: ReadonlyMap<string, string>
}) =>
  parseRows({
    file: technologySkillsSpec.file,
    table,
    parse: (check): Linked<OnetTechnology> => {
      const code = check.knownCode('O*NET-SOC Code', occupations)
      const example = check.text('Example')
      const commodityCode = check.matches('Commodity Code', UNSPSC_COMMODITY_CODE)
      const commodityTitle = check.optionalText('Commodity Title') ?? commodityTitles.get(commodityCode)
      if (commodityTitle === undefined) {
        check.problems.push(
          `Commodity Title is empty and commodity code ${commodityCode} is not in UNSPSC Reference.txt`,
        )
      }
      return {
        code,
        item: {
          example,
          commodityCode,
          commodityTitle: commodityTitle ?? '',
          hot: check.yesNo('Hot Technology'),
          inDemand: check.yesNo('In Demand'),
        },
      }
    },
    unique: {
      of: (link) => `${link.code}\t${link.item.example}`,
      describe: (link) => `technology "${link.item.example}" for ${link.code}`,
    },
  })
