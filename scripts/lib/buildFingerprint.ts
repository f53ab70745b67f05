import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { databaseIdentity } from '../../server/databaseIdentity'

/** Everything that changes what `next build` produces. */
const INPUTS = [
  'package-lock.json',
  'next.config.ts',
  'payload.config.ts',
  'payload-types.ts',
  'tsconfig.json',
  'access',
  'app',
  'collections',
  'components',
  'fields',
  'hooks',
  'lib',
  'migrations',
  'plugins',
  'server',
]

const filesUnder = (entry: string): string[] => {
  if (!fs.existsSync(entry)) return []
  if (!fs.statSync(entry).isDirectory()) return [entry]
  return fs
    .readdirSync(entry)
    .sort()
    .flatMap((name) => filesUnder(path.join(entry, name)))
}

/**
 * A hash of the build inputs' contents and of the database the build pre-rendered pages from,
 * stored beside a build to tell whether it is stale.
 */
export const buildFingerprint = (root: string): string => {
  const hash = crypto.createHash('sha256')
  hash.update(databaseIdentity())
  for (const file of INPUTS.flatMap((entry) => filesUnder(path.join(root, entry)))) {
    hash.update(path.relative(root, file))
    hash.update(fs.readFileSync(file))
  }
  return hash.digest('hex')
}

const fingerprintFile = (root: string) => path.join(root, '.next', 'career-evidence-fingerprint')

export const buildIsCurrent = (root: string): boolean =>
  fs.existsSync(path.join(root, '.next', 'BUILD_ID')) &&
  fs.existsSync(fingerprintFile(root)) &&
  fs.readFileSync(fingerprintFile(root), 'utf8') === buildFingerprint(root)

export const recordBuild = (root: string): void =>
  fs.writeFileSync(fingerprintFile(root), buildFingerprint(root))
