import { parseRows } from './parseRows'
import { type Table, type TableSpec } from './readTable'
import { type JobZoneNumber, type JobZoneReference } from './types'

const columns = [
  'Job Zone',
  'Name',
  'Experience',
  'Education',
  'Job Training',
  'Examples',
  'SVP Range',
] as const
type Column = (typeof columns)[number]

export const jobZoneReferenceSpec: TableSpec<Column> = { file: 'Job Zone Reference.txt', columns }

/** What each of the five job zones means, in O*NET's words. */
export const parseJobZoneReference = (table: Table<Column>) =>
  parseRows({
    file: jobZoneReferenceSpec.file,
    table,
    parse: (check): JobZoneReference => ({
      // The range check rejects the row unless the value is 1–5.
      zone: check.number('Job Zone', { min: 1, max: 5, whole: true }) as JobZoneNumber,
      name: check.text('Name'),
      experience: check.text('Experience'),
      education: check.text('Education'),
      training: check.text('Job Training'),
      examples: check.text('Examples'),
      svpRange: check.text('SVP Range'),
    }),
    unique: {
      of: (reference) => String(reference.zone),
      describe: (reference) => `job zone ${reference.zone}`,
    },
  })
