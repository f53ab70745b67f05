import { afterAll, describe, expect, it } from 'vitest'

import { readRelease } from '../../lib/onet/release/readRelease'
import { releaseCopy, removeReleaseCopies } from '../helpers/onetRelease'

afterAll(removeReleaseCopies)

/** Reads the small release with one of tests/fixtures/onet/variants put over it. */
const readVariant = async (variant: string) => readRelease({ folder: await releaseCopy({ variant }) })

const rejection = ({ file, line, reason }: { file: string; line: number; reason: RegExp }) => ({
  file,
  line,
  reason: expect.stringMatching(reason),
})

const rowsOf = (release: Awaited<ReturnType<typeof readRelease>>, name: string) =>
  release.files.find((file) => file.name === name)?.rows

const occupationOf = (release: Awaited<ReturnType<typeof readRelease>>, code: string) =>
  release.occupations.find((occupation) => occupation.code === code)

describe('readRelease rejects bad input by file, line and reason, and reads on', () => {
  it('a missing file: line 0, and the other files are still read', async () => {
    const release = await readRelease({ folder: await releaseCopy({ remove: ['Job Zones.txt'] }) })
    expect(release.rejected).toEqual([rejection({ file: 'Job Zones.txt', line: 0, reason: /missing/ })])
    expect(release.occupations.every(({ jobZone }) => jobZone === null)).toBe(true)
    expect(release.files.map(({ name }) => name)).not.toContain('Job Zones.txt')
    expect(occupationOf(release, '15-1252.00')?.interests?.highPoint).toBe('ICR')
  })

  it('a header that lacks a needed column: line 1, and none of its rows are read', async () => {
    const release = await readVariant('header-missing-column')
    expect(release.rejected).toEqual([
      rejection({
        file: 'Job Zones.txt',
        line: 1,
        reason: /lacks the column "Job Zone".*none of the file's rows/,
      }),
    ])
    expect(rowsOf(release, 'Job Zones.txt')).toBe(0)
  })

  it('no header at all: line 1 says the first line is a data row', async () => {
    const release = await readVariant('header-missing')
    expect(release.rejected).toEqual([
      rejection({ file: 'Task Statements.txt', line: 1, reason: /first line is a data row, not a header/ }),
    ])
    expect(release.occupations.every(({ tasks }) => tasks.length === 0)).toBe(true)
  })

  it('an empty file: line 1 says it has no header', async () => {
    const release = await readVariant('empty-file')
    expect(release.rejected).toEqual([
      rejection({ file: 'Job Zones.txt', line: 1, reason: /empty.*no header/ }),
    ])
  })

  it('a short row and a long row, each on its own line', async () => {
    const release = await readVariant('row-width')
    expect(release.rejected).toEqual([
      rejection({
        file: 'Alternate Titles.txt',
        line: 3,
        reason: /short row: 3 fields where the header names 4/,
      }),
      rejection({
        file: 'Alternate Titles.txt',
        line: 5,
        reason: /long row: 5 fields where the header names 4/,
      }),
    ])
    expect(rowsOf(release, 'Alternate Titles.txt')).toBe(30)
  })

  it('an O*NET-SOC code that is not in Occupation Data, in either column of a link file', async () => {
    const release = await readVariant('unknown-code')
    expect(release.rejected).toEqual([
      rejection({
        file: 'Task Statements.txt',
        line: 30,
        reason:
          /O\*NET-SOC Code 15-1299\.08 is not an occupation of Occupation Data\.txt \(unknown O\*NET-SOC code\)/,
      }),
      rejection({
        file: 'Related Occupations.txt',
        line: 4,
        reason: /Related O\*NET-SOC Code 15-1299\.08 is not an occupation .*unknown/,
      }),
    ])
    expect(occupationOf(release, '15-1252.00')?.related.map(({ code }) => code)).toEqual([
      '15-1251.00',
      '15-1253.00',
    ])
  })

  it('a malformed O*NET-SOC code', async () => {
    const release = await readVariant('malformed-code')
    expect(release.rejected).toEqual([
      rejection({
        file: 'Job Zones.txt',
        line: 3,
        reason: /"15-1252" is not an O\*NET-SOC code like 15-1252\.00/,
      }),
    ])
    expect(occupationOf(release, '15-1252.00')?.jobZone).toBeNull()
  })

  it('a score that is not a number, and the interest profile it leaves incomplete', async () => {
    const release = await readVariant('non-numeric-score')
    expect(release.rejected).toEqual([
      rejection({
        file: 'Interests.txt',
        line: 11,
        reason: /profile of 15-1252\.00 lacks the Investigative score/,
      }),
      rejection({ file: 'Interests.txt', line: 12, reason: /Data Value "high" is not a number/ }),
    ])
    expect(occupationOf(release, '15-1252.00')?.interests).toBeNull()
  })

  it('an incumbent count that is not a number', async () => {
    const release = await readVariant('non-numeric-count')
    expect(release.rejected).toEqual([
      rejection({
        file: 'Task Statements.txt',
        line: 3,
        reason: /Incumbents Responding "about 70" is not a number/,
      }),
    ])
  })

  it('an OI score outside 1–7, an IH high-point outside 0–6 and a job zone outside 1–5', async () => {
    const release = await readVariant('out-of-range')
    expect(release.rejected).toEqual([
      rejection({ file: 'Job Zones.txt', line: 8, reason: /Job Zone 6 is out of range: .* from 1 to 5/ }),
      rejection({
        file: 'Interests.txt',
        line: 2,
        reason: /profile of 15-1251\.00 lacks the second high-point/,
      }),
      rejection({
        file: 'Interests.txt',
        line: 9,
        reason: /Data Value 7\.00 is out of range: .* from 0 to 6/,
      }),
      rejection({
        file: 'Interests.txt',
        line: 20,
        reason: /Data Value 7\.80 is out of range: .* from 1 to 7/,
      }),
      rejection({
        file: 'Interests.txt',
        line: 21,
        reason: /profile of 15-1253\.00 lacks the Realistic score/,
      }),
    ])
  })

  it('a line that is not valid UTF-8, and the lines around it still read', async () => {
    const release = await readVariant('invalid-utf8')
    expect(release.rejected).toEqual([
      rejection({ file: 'Alternate Titles.txt', line: 26, reason: /not valid UTF-8/ }),
    ])
    expect(occupationOf(release, '35-1011.00')?.alternateTitles.map(({ title }) => title)).toEqual([
      'Cake Froster',
      'Cake Icer',
      'Cake Maker',
    ])
  })

  it('a second row for a key the file holds once: the first row stands', async () => {
    const release = await readVariant('duplicate-key')
    expect(release.rejected).toEqual([
      rejection({
        file: 'Job Zones.txt',
        line: 4,
        reason: /duplicate job zone for 15-1252\.00: line 3 already/,
      }),
      rejection({
        file: 'Interests.txt',
        line: 13,
        reason: /duplicate OI row for element 1\.B\.1\.a of 15-1252\.00: line 11 already/,
      }),
    ])
    expect(occupationOf(release, '15-1252.00')?.jobZone?.zone).toBe(4)
    expect(occupationOf(release, '15-1252.00')?.interests?.scores.R).toBe(3.93)
  })

  it('Hot Technology and In Demand other than Y or N', async () => {
    const release = await readVariant('yes-no')
    expect(release.rejected).toEqual([
      rejection({ file: 'Technology Skills.txt', line: 2, reason: /Hot Technology "Yes" must be Y or N/ }),
      rejection({ file: 'Technology Skills.txt', line: 3, reason: /In Demand "" must be Y or N/ }),
    ])
  })

  it('a repeated occupation, a bad date, task type, element or index, a self-link: every problem, not the first', async () => {
    const release = await readVariant('bad-values')
    expect(release.rejected).toEqual([
      rejection({
        file: 'Occupation Data.txt',
        line: 10,
        reason: /duplicate occupation 15-1251\.00: line 2 already/,
      }),
      rejection({
        file: 'Job Zones.txt',
        line: 2,
        reason: /Date "2018-08" is not a month and year written MM\/YYYY/,
      }),
      rejection({
        file: 'Task Statements.txt',
        line: 2,
        reason: /Task Type "Main" must be one of "Core", "Supplemental"/,
      }),
      rejection({
        file: 'Interests.txt',
        line: 2,
        reason: /profile of 15-1251\.00 lacks the Investigative score/,
      }),
      rejection({
        file: 'Interests.txt',
        line: 3,
        reason: /Element ID "1\.B\.1\.z" is not one of the six interest areas/,
      }),
      rejection({ file: 'Related Occupations.txt', line: 3, reason: /Index 0 is out of range/ }),
      rejection({
        file: 'Related Occupations.txt',
        line: 6,
        reason: /15-1253\.00 is listed as related to itself/,
      }),
    ])
  })

  it('an empty line inside a file, while empty lines at its end are fine', async () => {
    const release = await readVariant('empty-lines')
    expect(release.rejected).toEqual([
      rejection({ file: 'Related Occupations.txt', line: 5, reason: /empty line/ }),
    ])
    expect(rowsOf(release, 'Related Occupations.txt')).toBe(10)
  })

  it('an interest profile missing a row is left out, rejected at its first line', async () => {
    const release = await readVariant('incomplete-interests')
    expect(release.rejected).toEqual([
      rejection({
        file: 'Interests.txt',
        line: 11,
        reason: /15-1252\.00 lacks the Conventional score \(OI\); it is left out/,
      }),
    ])
    expect(occupationOf(release, '15-1252.00')?.interests).toBeNull()
    expect(rowsOf(release, 'Interests.txt')).toBe(54)
  })
})

describe('readRelease takes commodity titles from the technology row, else from UNSPSC Reference', () => {
  it('fills an empty title, accepts an unknown code that has its own title, rejects one with neither', async () => {
    const release = await readVariant('commodity-titles')
    expect(release.rejected).toEqual([
      rejection({
        file: 'Technology Skills.txt',
        line: 4,
        reason: /Commodity Title is empty and commodity code 43239998 is not in UNSPSC Reference\.txt/,
      }),
      rejection({
        file: 'Technology Skills.txt',
        line: 5,
        reason: /"4323240" is not an eight-digit UNSPSC commodity code/,
      }),
    ])
    expect(occupationOf(release, '15-1251.00')?.technologies.slice(0, 2)).toEqual([
      {
        example: 'A programming language APL',
        commodityCode: '43232402',
        commodityTitle: 'Development environment software',
        hot: false,
        inDemand: false,
      },
      {
        example: 'ABC Compiler',
        commodityCode: '43239999',
        commodityTitle: 'Development environment software',
        hot: false,
        inDemand: false,
      },
    ])
  })

  it('reads a Technology Skills file without the Commodity Title column from UNSPSC Reference', async () => {
    const [withColumn, withoutColumn] = await Promise.all([
      readRelease({ folder: await releaseCopy() }),
      readVariant('commodity-column-absent'),
    ])
    expect(withoutColumn.rejected).toEqual([])
    expect(withoutColumn.occupations).toEqual(withColumn.occupations)
  })
})
