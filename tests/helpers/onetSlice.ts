import fs from 'node:fs/promises'
import path from 'node:path'

import { releaseCopy, SLICE_RELEASE } from './onetRelease'

/** The 49-occupation slice of O*NET 29.2 the import tests use (see tests/fixtures/onet/README.md). */
export const ONET_SLICE = SLICE_RELEASE

export type SliceEdit = { file: string; from: string; to: string }

/** A copy of the slice with text changed, as a newer release would change it; returns its folder. */
export const editedSlice = async (...edits: SliceEdit[]): Promise<string> => {
  const folder = await releaseCopy({ from: SLICE_RELEASE })
  for (const { file, from, to } of edits) {
    const target = path.join(folder, file)
    const text = await fs.readFile(target, 'utf8')
    if (!text.includes(from)) throw new Error(`${file} does not contain "${from}"`)
    await fs.writeFile(target, text.replace(from, to))
  }
  return folder
}
