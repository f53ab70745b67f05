import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'

import type { Role } from '../access/roles'

export type DemoCredentials = Record<Role, { email: string; password: string }>

const DEMO_ACCOUNTS: { role: Role; email: string; name: string }[] = [
  { role: 'admin', email: 'admin@career-evidence.test', name: 'Demo Admin' },
  { role: 'editor', email: 'editor@career-evidence.test', name: 'Demo Editor' },
  { role: 'reviewer', email: 'reviewer@career-evidence.test', name: 'Demo Reviewer' },
]

const randomPassword = (): string => crypto.randomBytes(12).toString('base64url')

const readCredentials = (file: string): Partial<DemoCredentials> => {
  if (!fs.existsSync(file)) return {}
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<DemoCredentials>
}

type EnsureArgs = { payload: Payload; credentialsFile: string }

/**
 * One demo login per role, with random passwords kept (mode 0600) in `credentialsFile`. An account
 * whose password is not in the file gets a new one, so the file always holds working logins.
 * Returns the credentials and whether any were new, so the caller prints them only once.
 */
export const ensureDemoUsers = async ({ payload, credentialsFile }: EnsureArgs) => {
  const known = readCredentials(credentialsFile)
  const credentials = {} as DemoCredentials
  let changed = false

  for (const { role, email, name } of DEMO_ACCOUNTS) {
    const { docs } = await payload.find({
      collection: 'users',
      where: { email: { equals: email } },
      limit: 1,
      depth: 0,
    })
    const knownPassword = known[role]?.email === email ? known[role]?.password : undefined
    if (docs[0] && knownPassword) {
      credentials[role] = { email, password: knownPassword }
      continue
    }
    const password = randomPassword()
    if (docs[0]) {
      await payload.update({ collection: 'users', id: docs[0].id, data: { password } })
    } else {
      await payload.create({ collection: 'users', data: { email, name, password, roles: [role] } })
    }
    credentials[role] = { email, password }
    changed = true
  }

  if (changed) {
    fs.mkdirSync(path.dirname(credentialsFile), { recursive: true })
    fs.writeFileSync(credentialsFile, `${JSON.stringify(credentials, null, 2)}\n`, { mode: 0o600 })
    fs.chmodSync(credentialsFile, 0o600)
  }
  return { credentials, changed }
}
