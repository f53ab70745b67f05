/*
 * The part of bench:scale that runs inside Payload, in a process of its own per catalogue (the
 * database is chosen by DATABASE_URI when Payload starts): `prepare` migrates and seeds as `npm start`
 * does; `survey` counts queries and picks the URLs to time; `synthetic` writes the synthetic evidence
 * pages and checks they read back as the demo's.
 * Usage: tsx scripts/bench-scale/inProcess.ts <prepare|survey|synthetic> <number> <output JSON file>
 */
import fs from 'node:fs'

import { prepareDatabase } from '../lib/prepareDatabase'
import { checkReadBack } from './readBack'
import { surveyCatalogue } from './survey'
import { buildSyntheticPages } from './synthetic'

const main = async () => {
  const [command, amount, output] = process.argv.slice(2)
  if (!output || !['prepare', 'survey', 'synthetic'].includes(command ?? '')) {
    throw new Error('Usage: inProcess.ts <prepare|survey|synthetic> <number> <output JSON file>')
  }
  if (command === 'prepare') {
    await prepareDatabase(console.error)
    fs.writeFileSync(output, '{}')
    return
  }
  const [{ default: config }, { getPayload }] = await Promise.all([
    import('../../payload.config'),
    import('payload'),
  ])
  const payload = await getPayload({ config })
  try {
    if (command === 'survey') {
      fs.writeFileSync(output, JSON.stringify(await surveyCatalogue({ payload, pages: Number(amount) })))
      return
    }
    const started = performance.now()
    const cpu = process.cpuUsage()
    const built = await buildSyntheticPages({ payload, count: Number(amount), log: console.error })
    const { user, system } = process.cpuUsage(cpu)
    const buildMs = performance.now() - started
    await checkReadBack({ payload, pairs: built.samples })
    fs.writeFileSync(
      output,
      JSON.stringify({
        written: built.written,
        checked: built.samples.length,
        buildMs,
        cpuMs: (user + system) / 1000,
      }),
    )
  } finally {
    await payload.destroy()
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error)
    process.exit(1)
  },
)
