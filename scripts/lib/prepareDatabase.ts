import path from 'node:path'

import { prepareDemo } from '../../seed/prepareDemo'
import { dataDirectory } from '../../server/dataDirectory'
import { databaseUri, isMongoUri } from '../../server/databaseUri'
import { migrateDatabase } from '../../server/migrateDatabase'
import { refreshPlannerStatistics } from '../../server/sqlite/plannerStatistics'

const demoContentWanted = (): boolean => {
  const setting = process.env.SEED_DEMO_CONTENT
  if (setting) return setting !== 'false'
  return !isMongoUri(databaseUri())
}

/**
 * What `npm start` does before serving: migrates the database in DATABASE_URI and, when wanted, loads
 * the demo catalogue (with the O*NET release unless SEED_ONET=false) and makes the demo logins.
 */
export const prepareDatabase = async (log: (line: string) => void) => {
  const [{ default: config }, { getPayload }] = await Promise.all([
    import('../../payload.config'),
    import('payload'),
  ])
  const payload = await getPayload({ config })
  try {
    log('Applying database migrations…')
    await migrateDatabase(payload)
    if (demoContentWanted()) {
      await prepareDemo({
        payload,
        credentialsFile: path.join(dataDirectory(), 'demo-credentials.json'),
        log,
      })
      await refreshPlannerStatistics(payload)
    }
  } finally {
    await payload.destroy()
  }
}
