import { beforeAll, describe, expect, it } from 'vitest'

import { readRelease } from '../../lib/onet/release/readRelease'
import { type OnetOccupation, type OnetRelease } from '../../lib/onet/release/types'
import { SLICE_RELEASE } from '../helpers/onetRelease'

// Every figure below was counted with awk and grep on the slice's files while cutting it
// (tests/fixtures/onet/README.md lists the commands), not by this reader.
let release: OnetRelease
const all = <Item>(pick: (occupation: OnetOccupation) => Item[]): Item[] => release.occupations.flatMap(pick)
const occupation = (code: string) => release.occupations.find((candidate) => candidate.code === code)

beforeAll(async () => {
  release = await readRelease({ folder: SLICE_RELEASE })
})

describe('readRelease on the 49-occupation slice of O*NET 29.2', () => {
  it('accepts every row of every file of the slice', () => {
    expect(release.rejected).toEqual([])
    expect(Object.fromEntries(release.files.map(({ name, rows }) => [name, rows]))).toEqual({
      'Read Me.txt': 0,
      'Occupation Data.txt': 49,
      'UNSPSC Reference.txt': 101,
      'Job Zone Reference.txt': 5,
      'Job Zones.txt': 48,
      'Alternate Titles.txt': 1963,
      'Task Statements.txt': 1057,
      'Interests.txt': 432,
      'Related Occupations.txt': 528,
      'Technology Skills.txt': 4516,
    })
  })

  it('puts every row under its occupation', () => {
    expect(release.occupations).toHaveLength(49)
    expect(all(({ alternateTitles }) => alternateTitles)).toHaveLength(1963)
    expect(all(({ tasks }) => tasks)).toHaveLength(1057)
    expect(all(({ related }) => related)).toHaveLength(528)
    expect(all(({ technologies }) => technologies)).toHaveLength(4516)
    expect(release.occupations.filter(({ jobZone }) => jobZone !== null)).toHaveLength(48)
    expect(release.occupations.filter(({ interests }) => interests !== null)).toHaveLength(48)
  })

  it('counts what the importer will count: distinct technologies, flags, core tasks, zones, sources', () => {
    expect(new Set(all(({ technologies }) => technologies.map(({ example }) => example))).size).toBe(1305)
    expect(all(({ technologies }) => technologies).filter(({ hot }) => hot)).toHaveLength(1694)
    expect(all(({ technologies }) => technologies).filter(({ inDemand }) => inDemand)).toHaveLength(344)
    expect(all(({ tasks }) => tasks).filter(({ type }) => type === 'Core')).toHaveLength(795)
    expect(all(({ tasks }) => tasks).filter(({ type }) => type === null)).toHaveLength(121)
    const taskSources = all(({ tasks }) => tasks).map(({ provenance }) => provenance.domainSource)
    expect(
      ['Analyst', 'Incumbent', 'Occupational Expert'].map(
        (source) => taskSources.filter((given) => given === source).length,
      ),
    ).toEqual([121, 516, 420])
    const zones = release.occupations.map(({ jobZone }) => jobZone?.zone).filter((zone) => zone !== undefined)
    expect([1, 2, 3, 4, 5].map((zone) => zones.filter((given) => given === zone).length)).toEqual([
      2, 10, 11, 16, 9,
    ])
  })

  it('gives the named occupations all their rows and their high-point codes', () => {
    const counts = (code: string) => {
      const found = occupation(code)
      return [
        found?.alternateTitles.length,
        found?.tasks.length,
        found?.technologies.length,
        found?.related.length,
      ]
    }
    // IH digits as released: 15-1252.00 2 6 1, 15-1251.00 6 2 0, 29-1141.00 4 2 6, 35-1011.00 5 1 6.
    expect(counts('15-1252.00')).toEqual([135, 19, 425, 15])
    expect(counts('15-1251.00')).toEqual([44, 17, 294, 15])
    expect(counts('29-1141.00')).toEqual([100, 27, 43, 14])
    expect(counts('35-1011.00')).toEqual([43, 21, 25, 14])
    expect(counts('15-1299.00')).toEqual([18, 0, 0, 0])
    expect(occupation('15-1252.00')?.interests?.highPoint).toBe('ICR')
    expect(occupation('15-1251.00')?.interests?.highPoint).toBe('CI')
    expect(occupation('29-1141.00')?.interests?.highPoint).toBe('SIC')
    expect(occupation('35-1011.00')?.interests?.highPoint).toBe('ERC')
  })
})
