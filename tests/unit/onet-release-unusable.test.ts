import fs from 'node:fs/promises'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import { readRelease, UnusableReleaseError } from '../../lib/onet/release/readRelease'
import { releaseCopy, removeReleaseCopies, SMALL_RELEASE } from '../helpers/onetRelease'

afterAll(removeReleaseCopies)

/** The error a read throws, so that its class and its one sentence can both be checked. */
const failureOf = async (folder: string): Promise<Error> => {
  try {
    await readRelease({ folder })
  } catch (error) {
    if (error instanceof Error) return error
    throw error
  }
  throw new Error(`${folder} was read as a release`)
}

const expectOneSentence = (error: Error, says: RegExp) => {
  expect(error).toBeInstanceOf(UnusableReleaseError)
  expect(error.message).toMatch(says)
  expect(error.message).toMatch(/\.$/)
  expect(error.message).not.toMatch(/\n/)
}

describe('readRelease refuses a folder that is not an O*NET release, in one sentence', () => {
  it('when there is no such folder', async () => {
    const missing = path.join(SMALL_RELEASE, 'no-such-folder')
    expectOneSentence(await failureOf(missing), /There is no folder at .*no-such-folder\./)
  })

  it('when the path is a file', async () => {
    const file = path.join(SMALL_RELEASE, 'Job Zones.txt')
    expectOneSentence(
      await failureOf(file),
      /Job Zones\.txt is a file, not the folder of an unzipped O\*NET release/,
    )
  })

  it('when Occupation Data.txt is missing', async () => {
    const folder = await releaseCopy({ remove: ['Occupation Data.txt'] })
    expectOneSentence(
      await failureOf(folder),
      /is not an O\*NET release: it has no readable "Occupation Data\.txt"/,
    )
  })

  it('when Read Me.txt is missing', async () => {
    const folder = await releaseCopy({ remove: ['Read Me.txt'] })
    expectOneSentence(await failureOf(folder), /is not an O\*NET release: it has no readable "Read Me\.txt"/)
  })

  it('when Read Me.txt names no O*NET database version', async () => {
    const folder = await releaseCopy({ variant: 'readme-unrecognised' })
    expectOneSentence(await failureOf(folder), /"Read Me\.txt" names no database version and release/)
  })

  it('when Occupation Data.txt gives no occupation, naming the line and the problem', async () => {
    const folder = await releaseCopy({ variant: 'occupation-data-unusable' })
    expectOneSentence(
      await failureOf(folder),
      /no occupation that can be read in Occupation Data\.txt \(line 1: the header lacks the column "O\*NET-SOC Code"/,
    )
  })

  it('when the folder holds something else entirely', async () => {
    const folder = await releaseCopy({ remove: await fs.readdir(SMALL_RELEASE) })
    await fs.writeFile(path.join(folder, 'notes.txt'), 'not a release\n')
    expectOneSentence(await failureOf(folder), /is not an O\*NET release/)
  })
})
