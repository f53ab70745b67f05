import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { dataDirectory } from './dataDirectory'
import { databaseUri, isMongoUri } from './databaseUri'

export class MissingSecretError extends Error {
  constructor() {
    super(
      'PAYLOAD_SECRET is not set. A MongoDB DATABASE_URI means a shared, long-lived deployment, so the ' +
        'secret that signs logins must be given explicitly: set PAYLOAD_SECRET to a long random string ' +
        '(for example `openssl rand -hex 32`) and start again.',
    )
    this.name = 'MissingSecretError'
  }
}

/**
 * The secret that signs sessions. Production-style deployments (MongoDB) must provide it; the embedded
 * demo generates one on first start and keeps it under `data/` so logins survive restarts.
 */
export const payloadSecret = (): string => {
  if (process.env.PAYLOAD_SECRET) return process.env.PAYLOAD_SECRET
  if (isMongoUri(databaseUri())) throw new MissingSecretError()

  const secretFile = path.join(dataDirectory(), 'payload-secret')
  if (fs.existsSync(secretFile)) return fs.readFileSync(secretFile, 'utf8').trim()

  fs.mkdirSync(dataDirectory(), { recursive: true })
  const secret = crypto.randomBytes(32).toString('hex')
  fs.writeFileSync(secretFile, secret, { mode: 0o600 })
  return secret
}
