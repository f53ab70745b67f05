import { type InterestRecord } from './interests'
import { type Parsed } from './parseRows'
import { type OnetInterests, type OnetRejection, type RiasecKey } from './types'

/** RIASEC order: an IH value of 1 names Realistic, 6 Conventional. */
const RIASEC: RiasecKey[] = ['R', 'I', 'A', 'S', 'E', 'C']
const RIASEC_NAMES: Record<RiasecKey, string> = {
  R: 'Realistic',
  I: 'Investigative',
  A: 'Artistic',
  S: 'Social',
  E: 'Enterprising',
  C: 'Conventional',
}
const HIGH_POINT_NAMES = ['first', 'second', 'third']

/** The high-point code from the first, second and third IH values: 2, 6, 1 → 'ICR'; a 0 means none. */
export const highPointCode = (highPoints: readonly number[]): string =>
  highPoints
    .filter((value) => value > 0)
    .map((value) => RIASEC[value - 1])
    .join('')

type Gathered = {
  firstLine: number
  rows: number
  scores: Partial<Record<RiasecKey, number>>
  highPoints: (number | undefined)[]
  provenance?: OnetInterests['provenance']
}

const gather = (parsed: Parsed<InterestRecord>[]): Map<string, Gathered> => {
  const byCode = new Map<string, Gathered>()
  for (const { line, value: record } of parsed) {
    const gathered = byCode.get(record.code) ?? { firstLine: line, rows: 0, scores: {}, highPoints: [] }
    gathered.rows += 1
    if (record.scale === 'OI') {
      gathered.scores[record.key] = record.value
      // The profile's provenance is its first score's; the release gives all nine rows the same one.
      gathered.provenance ??= record.provenance
    } else {
      gathered.highPoints[record.rank] = record.value
    }
    byCode.set(record.code, gathered)
  }
  return byCode
}

const missingParts = (gathered: Gathered): string[] => [
  ...RIASEC.filter((key) => gathered.scores[key] === undefined).map(
    (key) => `the ${RIASEC_NAMES[key]} score (OI)`,
  ),
  ...HIGH_POINT_NAMES.filter((_, rank) => gathered.highPoints[rank] === undefined).map(
    (name) => `the ${name} high-point (IH)`,
  ),
]

/**
 * Each occupation's interest profile from its accepted Interests rows. A profile lacking any of its six
 * scores or three high-points is left out and rejected at the occupation's first Interests line.
 */
export const buildInterestProfiles = ({
  parsed,
  file,
}: {
  parsed: Parsed<InterestRecord>[]
  file: string
}) => {
  const profiles = new Map<string, OnetInterests>()
  const rejected: OnetRejection[] = []
  let rows = 0
  for (const [code, gathered] of gather(parsed)) {
    const missing = missingParts(gathered)
    if (missing.length > 0 || !gathered.provenance) {
      const reason = `the interest profile of ${code} lacks ${missing.join(', ')}; it is left out`
      rejected.push({ file, line: gathered.firstLine, reason })
      continue
    }
    rows += gathered.rows
    profiles.set(code, {
      scores: gathered.scores as Record<RiasecKey, number>, // missingParts found all six
      highPoint: highPointCode(gathered.highPoints as number[]),
      provenance: gathered.provenance,
    })
  }
  return { profiles, rows, rejected }
}
