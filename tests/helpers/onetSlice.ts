import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/** The 49-occupation slice of O*NET 29.2 the tests import (see tests/fixtures/onet/README.md). */
export const ONET_SLICE = path.resolve('tests/fixtures/onet/slice-29.2')

export type SliceEdit = { file: string; from: string; to: string }

/**
 * A copy of the slice with text changed, as a newer release would change it: for the tests of
 * re-imports. Returns the copy's folder.
 */
export const editedSlice = (...edits: SliceEdit[]): string => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'onet-slice-'))
  for (const name of fs.readdirSync(ONET_SLICE))
    fs.copyFileSync(path.join(ONET_SLICE, name), path.join(folder, name))
  for (const { file, from, to } of edits) {
    const target = path.join(folder, file)
    const text = fs.readFileSync(target, 'utf8')
    if (!text.includes(from)) throw new Error(`${file} does not contain "${from}"`)
    fs.writeFileSync(target, text.replace(from, to))
  }
  return folder
}
