import { parseRows } from './parseRows'
import { readProvenance } from './provenance'
import { type Table, type TableSpec } from './readTable'
import { type OnetProvenance, type RiasecKey } from './types'

const columns = ['O*NET-SOC Code', 'Element ID', 'Scale ID', 'Data Value', 'Date', 'Domain Source'] as const
type Column = (typeof columns)[number]

export const interestsSpec: TableSpec<Column> = { file: 'Interests.txt', columns }

/** The six Occupational Interest (OI) elements, Realistic to Conventional. */
const RIASEC_ELEMENTS: Record<string, RiasecKey> = {
  '1.B.1.a': 'R',
  '1.B.1.b': 'I',
  '1.B.1.c': 'A',
  '1.B.1.d': 'S',
  '1.B.1.e': 'E',
  '1.B.1.f': 'C',
}

/** The first, second and third Interest High-Point (IH) elements: their value names an OI element. */
const HIGH_POINT_ELEMENTS: Record<string, 0 | 1 | 2> = { '1.B.1.g': 0, '1.B.1.h': 1, '1.B.1.i': 2 }

type InterestRow = { code: string; element: string; value: number; provenance: OnetProvenance }

export type InterestRecord =
  (InterestRow & { scale: 'OI'; key: RiasecKey }) | (InterestRow & { scale: 'IH'; rank: 0 | 1 | 2 })

const SCALES = ['OI', 'IH'] as const

/** One row per occupation, element and scale: OI scores 1–7, IH high-points 0–6 (0: none). */
export const parseInterests = ({
  table,
  occupations,
}: {
  table: Table<Column>
  occupations: ReadonlySet<string>
}) =>
  parseRows({
    file: interestsSpec.file,
    table,
    parse: (check): InterestRecord => {
      const code = check.knownCode('O*NET-SOC Code', occupations)
      const scale = check.oneOf('Scale ID', SCALES)
      const element = check.text('Element ID')
      const provenance = readProvenance({ check, file: interestsSpec.file })
      if (scale === 'IH') {
        const rank = HIGH_POINT_ELEMENTS[element]
        if (rank === undefined) {
          check.problems.push(`Element ID "${element}" is not an interest high-point (IH)`)
        }
        const value = check.number('Data Value', { min: 0, max: 6, whole: true })
        return { code, element, scale, rank, value, provenance }
      }
      const key = RIASEC_ELEMENTS[element]
      if (scale === 'OI' && key === undefined) {
        check.problems.push(`Element ID "${element}" is not one of the six interest areas (OI)`)
      }
      const value = check.number('Data Value', { min: 1, max: 7 })
      return { code, element, scale: 'OI', key, value, provenance }
    },
    unique: {
      of: (record) => `${record.code}\t${record.scale}\t${record.scale === 'OI' ? record.key : record.rank}`,
      describe: (record) => `${record.scale} row for element ${record.element} of ${record.code}`,
    },
  })
