/* `npm run seed`: migrate, add any missing demo content, and make sure the demo logins work. */
import path from 'node:path'

import { dataDirectory } from '../server/dataDirectory'
import { migrateDatabase } from '../server/migrateDatabase'
import { prepareDemo } from './prepareDemo'

const main = async () => {
  const [{ default: config }, { getPayload }] = await Promise.all([
    import('../payload.config'),
    import('payload'),
  ])
  const payload = await getPayload({ config })
  try {
    await migrateDatabase(payload)
    await prepareDemo({
      payload,
      credentialsFile: path.join(dataDirectory(), 'demo-credentials.json'),
      always: true,
      log: (line) => console.log(line),
    })
  } finally {
    await payload.destroy()
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error)
    process.exit(1)
  },
)
