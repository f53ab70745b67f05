import fs from 'node:fs'
import path from 'node:path'

/** Folder for the embedded database, the demo secret and the demo credentials. */
export const dataDirectory = (): string =>
  path.resolve(/* turbopackIgnore: true */ process.env.DATA_DIR || 'data')

/** SQLite will not create missing folders, so every `file:` database gets its folder first. */
export const ensureFolderFor = (fileUri: string): void => {
  const filePath = fileUri.replace(/^file:(\/\/)?/, '')
  if (filePath === ':memory:' || filePath === '') return
  fs.mkdirSync(path.dirname(path.resolve(/* turbopackIgnore: true */ filePath)), { recursive: true })
}
