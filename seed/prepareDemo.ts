import type { Payload } from 'payload'

import { ensureDemoUsers } from './demoUsers'
import { seedDemoContent } from './index'
import { loadOnetRelease } from './onetRelease'

type PrepareArgs = {
  payload: Payload
  credentialsFile: string
  /** Seed even when the catalogue already has content (missing records are added, nothing is changed). */
  always?: boolean
  log: (line: string) => void
}

const catalogueIsEmpty = async (payload: Payload): Promise<boolean> => {
  const [careers, sources] = await Promise.all([
    payload.count({ collection: 'careers' }),
    payload.count({ collection: 'sources' }),
  ])
  return careers.totalDocs === 0 && sources.totalDocs === 0
}

/** Demo content when the database is empty (or always, when asked), and the three demo logins. */
export const prepareDemo = async ({ payload, credentialsFile, always = false, log }: PrepareArgs) => {
  if (always || (await catalogueIsEmpty(payload))) {
    await seedDemoContent({ payload, log })
  } else {
    log('The catalogue already has content: demo content not loaded.')
  }
  await loadOnetRelease({ payload, log })

  const { credentials, changed } = await ensureDemoUsers({ payload, credentialsFile })
  if (changed) {
    log(`Demo logins (saved to ${credentialsFile}, shown only this once):`)
    for (const [role, { email, password }] of Object.entries(credentials)) {
      log(`  ${role.padEnd(9)} ${email}  ${password}`)
    }
  } else {
    log(`Demo logins: see ${credentialsFile}`)
  }
}
