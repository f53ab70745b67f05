import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { beforeAll, describe, expect, it } from 'vitest'

import { readReleaseIdentity } from '../../lib/onet/release/readMe'
import { readRelease } from '../../lib/onet/release/readRelease'
import { type OnetOccupation, type OnetReadProgress, type OnetRelease } from '../../lib/onet/release/types'
import { SMALL_RELEASE } from '../helpers/onetRelease'

let release: OnetRelease
const progress: OnetReadProgress[] = []
const occupation = (code: string): OnetOccupation => {
  const found = release.occupations.find((candidate) => candidate.code === code)
  if (!found) throw new Error(`${code} was not read`)
  return found
}

beforeAll(async () => {
  release = await readRelease({ folder: SMALL_RELEASE, onProgress: (event) => progress.push(event) })
})

describe('readRelease on eight occupations cut from O*NET 29.2', () => {
  it('names the release from its Read Me and accepts every row of the real cut', () => {
    expect(release.version).toBe('29.2')
    expect(release.releaseLabel).toBe('February 2025 Release')
    expect(release.releaseUrl).toBe('https://www.onetcenter.org/dictionary/29.2/text/')
    expect(release.folder).toBe(SMALL_RELEASE)
    expect(release.rejected).toEqual([])
    expect(release.occupations.map(({ code }) => code)).toEqual([
      '15-1251.00',
      '15-1252.00',
      '15-1253.00',
      '15-1299.00',
      '29-1141.00',
      '29-1171.00',
      '35-1011.00',
      '35-2014.00',
    ])
  })

  it("gives Software Developers O*NET's interest scores and decodes its high-points 2, 6, 1 as ICR", () => {
    expect(occupation('15-1252.00').interests).toEqual({
      scores: { R: 3.93, I: 5.86, A: 2.26, S: 1.88, E: 1.87, C: 5.46 },
      highPoint: 'ICR',
      provenance: { file: 'Interests.txt', date: '11/2023', domainSource: 'Machine Learning' },
    })
    // Computer Programmers: high-points 6, 2 and none.
    expect(occupation('15-1251.00').interests?.highPoint).toBe('CI')
  })

  it('keeps each job zone with the date and domain source of its row', () => {
    expect(occupation('15-1252.00').jobZone).toEqual({
      zone: 4,
      provenance: { file: 'Job Zones.txt', date: '11/2021', domainSource: 'Analyst - Preliminary' },
    })
    expect(occupation('35-2014.00').jobZone?.zone).toBe(2)
  })

  it("reads tasks with their type and incumbent count, and O*NET's n/a as null", () => {
    expect(occupation('29-1141.00').tasks[0]).toEqual({
      id: '1841',
      statement: "Record patients' medical information and vital signs.",
      type: 'Core',
      incumbentsResponding: 90,
      provenance: { file: 'Task Statements.txt', date: '08/2021', domainSource: 'Incumbent' },
    })
    expect(occupation('15-1252.00').tasks[0]).toMatchObject({
      id: '21661',
      type: null,
      incumbentsResponding: null,
      provenance: { date: '11/2020', domainSource: 'Analyst' },
    })
  })

  it('reads alternate titles with their short title (n/a as null) and each source code', () => {
    expect(occupation('29-1141.00').alternateTitles.slice(0, 2)).toEqual([
      { title: 'Cardiac Care Unit Nurse (CCU Nurse)', shortTitle: 'CCU Nurse', sources: ['02', '04'] },
      { title: 'Cardiac Nurse Specialist', shortTitle: null, sources: ['09'] },
    ])
  })

  it('orders related occupations by their index and keeps the relatedness tier', () => {
    expect(occupation('15-1251.00').related).toEqual([
      { code: '15-1252.00', tier: 'Primary-Short', index: 1 },
      { code: '15-1253.00', tier: 'Primary-Long', index: 7 },
    ])
  })

  it('reads technologies with their commodity and the Hot Technology and In Demand flags', () => {
    expect(occupation('29-1141.00').technologies).toContainEqual({
      example: 'Apache Spark',
      commodityCode: '43232314',
      commodityTitle: 'Business intelligence and data analysis software',
      hot: true,
      inDemand: false,
    })
  })

  it('leaves an occupation without job zone, interests, tasks or technologies with nothing in their place', () => {
    expect(occupation('15-1299.00')).toMatchObject({
      title: 'Computer Occupations, All Other',
      jobZone: null,
      interests: null,
      tasks: [],
      related: [],
      technologies: [],
    })
    expect(occupation('15-1299.00').alternateTitles).toHaveLength(4)
  })

  it('reads the five job zones of the reference in order', () => {
    expect(release.jobZones.map(({ zone }) => zone)).toEqual([1, 2, 3, 4, 5])
    expect(release.jobZones[0].name).toBe('Job Zone One: Little or No Preparation Needed')
    expect(release.jobZones[4].svpRange).toMatch(/8\.0 and above/)
  })

  it('reports each file with its checksum, size and accepted rows', () => {
    const jobZones = fs.readFileSync(path.join(SMALL_RELEASE, 'Job Zones.txt'))
    expect(release.files.find(({ name }) => name === 'Job Zones.txt')).toEqual({
      name: 'Job Zones.txt',
      sha256: createHash('sha256').update(jobZones).digest('hex'),
      bytes: jobZones.length,
      rows: 7,
    })
    expect(Object.fromEntries(release.files.map(({ name, rows }) => [name, rows]))).toEqual({
      'Read Me.txt': 0,
      'Occupation Data.txt': 8,
      'UNSPSC Reference.txt': 11,
      'Job Zone Reference.txt': 5,
      'Job Zones.txt': 7,
      'Alternate Titles.txt': 32,
      'Task Statements.txt': 28,
      'Interests.txt': 63,
      'Related Occupations.txt': 10,
      'Technology Skills.txt': 28,
    })
  })

  it('reports progress as each file starts and when it is done, with its accepted rows', () => {
    expect(progress).toContainEqual({ file: 'Alternate Titles.txt', rows: 0, done: false })
    expect(progress).toContainEqual({ file: 'Alternate Titles.txt', rows: 32, done: true })
    expect(progress.filter(({ done }) => done).map(({ file }) => file)).toEqual(
      release.files.map(({ name }) => name),
    )
  })
})

describe('readReleaseIdentity', () => {
  it('takes as the release’s own address only one that names its version', () => {
    const readMe = (documentation: string) =>
      [
        'O*NET 29.2 Database',
        'February 2025 Release',
        'https://www.onetcenter.org/database.html',
        documentation,
        'https://www.onetcenter.org/license_db.html',
      ].join('\r\n')
    expect(readReleaseIdentity(readMe('https://www.onetcenter.org/dictionary/29.2/text/'))).toEqual({
      version: '29.2',
      releaseLabel: 'February 2025 Release',
      releaseUrl: 'https://www.onetcenter.org/dictionary/29.2/text/',
    })
    expect(
      readReleaseIdentity(readMe('https://www.onetcenter.org/dictionary/29.1/text/'))?.releaseUrl,
    ).toBeNull()
  })
})
