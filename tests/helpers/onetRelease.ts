import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

/** Release folders cut from the real O*NET 29.2 release; see tests/fixtures/onet/README.md. */
export const ONET_FIXTURES = path.resolve('tests/fixtures/onet')
export const SMALL_RELEASE = path.join(ONET_FIXTURES, 'small-29.2')
export const SLICE_RELEASE = path.join(ONET_FIXTURES, 'slice-29.2')

const copies: string[] = []

/**
 * A throwaway copy of a fixture release: the small release unless `from` says otherwise, with the files of
 * `variants/<variant>/` put over it, `remove` left out and `transform` applied to every file's bytes.
 */
export const releaseCopy = async ({
  from = SMALL_RELEASE,
  variant,
  remove = [],
  transform,
}: {
  from?: string
  variant?: string
  remove?: string[]
  transform?: (bytes: Buffer) => Buffer
} = {}): Promise<string> => {
  const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'onet-release-'))
  copies.push(folder)
  const sources = [from, ...(variant ? [path.join(ONET_FIXTURES, 'variants', variant)] : [])]
  for (const source of sources) {
    for (const name of await fs.readdir(source))
      await fs.copyFile(path.join(source, name), path.join(folder, name))
  }
  for (const name of remove) await fs.rm(path.join(folder, name))
  if (transform) {
    for (const name of await fs.readdir(folder)) {
      const file = path.join(folder, name)
      await fs.writeFile(file, transform(await fs.readFile(file)))
    }
  }
  return folder
}

export const removeReleaseCopies = async (): Promise<void> => {
  await Promise.all(copies.splice(0).map((folder) => fs.rm(folder, { recursive: true, force: true })))
}
