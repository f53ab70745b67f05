import { parseRows } from './parseRows'
import { type Table, type TableSpec } from './readTable'

const columns = ['Commodity Code', 'Commodity Title'] as const
type Column = (typeof columns)[number]

export const unspscReferenceSpec: TableSpec<Column> = { file: 'UNSPSC Reference.txt', columns }

export const UNSPSC_COMMODITY_CODE = { pattern: /^\d{8}$/, expected: 'an eight-digit UNSPSC commodity code' }

/** UNSPSC commodity titles by code, the fallback title of a technology whose row gives none. */
export const parseUnspscReference = (table: Table<Column>) =>
  parseRows({
    file: unspscReferenceSpec.file,
    table,
    parse: (check) => ({
      code: check.matches('Commodity Code', UNSPSC_COMMODITY_CODE),
      title: check.text('Commodity Title'),
    }),
    unique: { of: (commodity) => commodity.code, describe: (commodity) => `commodity ${commodity.code}` },
  })
