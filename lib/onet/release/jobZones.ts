import { type Linked, parseRows } from './parseRows'
import { readProvenance } from './provenance'
import { type Table, type TableSpec } from './readTable'
import { type JobZoneNumber, type OnetOccupation } from './types'

const columns = ['O*NET-SOC Code', 'Job Zone', 'Date', 'Domain Source'] as const
type Column = (typeof columns)[number]

export const jobZonesSpec: TableSpec<Column> = { file: 'Job Zones.txt', columns }

export type OnetJobZone = NonNullable<OnetOccupation['jobZone']>

/** One preparation level per occupation. */
export const parseJobZones = ({
  table,
  occupations,
}: {
  table: Table<Column>
  occupations: ReadonlySet<string>
}) =>
  parseRows({
    file: jobZonesSpec.file,
    table,
    parse: (check): Linked<OnetJobZone> => ({
      code: check.knownCode('O*NET-SOC Code', occupations),
      item: {
        // The range check rejects the row unless the value is 1–5.
        zone: check.number('Job Zone', { min: 1, max: 5, whole: true }) as JobZoneNumber,
        provenance: readProvenance({ check, file: jobZonesSpec.file }),
      },
    }),
    unique: { of: (link) => link.code, describe: (link) => `job zone for ${link.code}` },
  })
