import { createHash } from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'

import { UnusableReleaseError } from './unusableReleaseError'

export type LoadedFile = { name: string; bytes: Buffer; sha256: string } | { name: string; problem: string }

const describeReadError = (error: unknown): string => {
  const code = (error as NodeJS.ErrnoException).code
  if (code === 'ENOENT') return 'the file is missing from the release folder'
  if (code === 'EISDIR') return 'this is a folder, not a file'
  if (code === 'EACCES' || code === 'EPERM') return 'the file cannot be read (permission denied)'
  return `the file cannot be read (${error instanceof Error ? error.message : String(error)})`
}

/** Refuses, in one sentence, a path that is not a folder at all. */
export const assertFolder = async (folder: string): Promise<void> => {
  const stat = await fs.stat(folder).catch(() => null)
  if (!stat) throw new UnusableReleaseError(`There is no folder at ${folder}.`)
  if (!stat.isDirectory()) {
    throw new UnusableReleaseError(`${folder} is a file, not the folder of an unzipped O*NET release.`)
  }
}

/** Reads the named files of a release folder at once (each is a few MB at most) with their checksums. */
export const loadFiles = async ({ folder, names }: { folder: string; names: readonly string[] }) => {
  const loaded = await Promise.all(
    names.map(async (name): Promise<LoadedFile> => {
      try {
        const bytes = await fs.readFile(path.join(folder, name))
        return { name, bytes, sha256: createHash('sha256').update(bytes).digest('hex') }
      } catch (error) {
        return { name, problem: describeReadError(error) }
      }
    }),
  )
  return new Map(loaded.map((file) => [file.name, file]))
}
