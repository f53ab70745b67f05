import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { readRelease } from '../../lib/onet/release/readRelease'
import { type OnetRelease } from '../../lib/onet/release/types'
import { releaseCopy, removeReleaseCopies, SMALL_RELEASE } from '../helpers/onetRelease'

const BOM = Buffer.from([0xef, 0xbb, 0xbf])
const toLf = (bytes: Buffer) => Buffer.from(bytes.toString('latin1').replace(/\r\n/g, '\n'), 'latin1')
const withBom = (bytes: Buffer) => Buffer.concat([BOM, bytes])

/** What a reader of the release sees, without the folder and checksums that differ between copies. */
const content = (release: OnetRelease) => ({
  version: release.version,
  releaseLabel: release.releaseLabel,
  occupations: release.occupations,
  jobZones: release.jobZones,
  rows: release.files.map(({ name, rows }) => [name, rows]),
  rejected: release.rejected,
})

let asReleased: OnetRelease
beforeAll(async () => {
  asReleased = await readRelease({ folder: SMALL_RELEASE })
})
afterAll(removeReleaseCopies)

describe('readRelease reads the same release however its files are laid out', () => {
  it('with LF line endings instead of CRLF', async () => {
    const release = await readRelease({ folder: await releaseCopy({ transform: toLf }) })
    expect(content(release)).toEqual(content(asReleased))
  })

  it('with a UTF-8 byte order mark at the start of every file, CRLF or LF', async () => {
    const crlf = await readRelease({ folder: await releaseCopy({ transform: withBom }) })
    const lf = await readRelease({
      folder: await releaseCopy({ transform: (bytes) => withBom(toLf(bytes)) }),
    })
    expect(content(crlf)).toEqual(content(asReleased))
    expect(content(lf)).toEqual(content(asReleased))
  })

  it('with the columns of every data file in another order, found by their header names', async () => {
    const release = await readRelease({ folder: await releaseCopy({ variant: 'reordered' }) })
    expect(content(release)).toEqual(content(asReleased))
  })

  it('still reads the 29.2 content: the comparison above is not between two empty releases', () => {
    expect(asReleased.rejected).toEqual([])
    expect(asReleased.occupations.flatMap(({ technologies }) => technologies)).toHaveLength(28)
    expect(asReleased.occupations.find(({ code }) => code === '15-1252.00')?.interests?.highPoint).toBe('ICR')
  })
})
