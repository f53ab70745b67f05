/*
 * `npm start`: the whole demo in one command. Creates data/, migrates the database, loads the demo
 * content into an empty catalogue, makes the demo logins, builds the app when the build is missing or
 * stale, and serves it on PORT (default 3000).
 */
import path from 'node:path'

import { payloadSecret } from '../server/payloadSecret'
import { trustedProxyHops } from '../server/trustedProxyHops'
import { buildIsCurrent, recordBuild } from './lib/buildFingerprint'
import { prepareDatabase } from './lib/prepareDatabase'
import { runCommand, serveCommand } from './lib/runCommand'

const root = process.cwd()
const log = (line: string) => console.log(line)

const main = async () => {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: '1',
    PAYLOAD_SECRET: payloadSecret(),
  }
  Object.assign(process.env, env)
  const hops = trustedProxyHops()

  await prepareDatabase(log)

  const next = path.join(root, 'node_modules', '.bin', 'next')
  if (buildIsCurrent(root)) {
    log('The build is up to date.')
  } else {
    log('Building the app (a few minutes on two cores)…')
    await runCommand({ command: next, args: ['build'], env: { ...env, NODE_ENV: 'production' } })
    recordBuild(root)
  }

  const port = process.env.PORT || '3000'
  log(
    `Serving on http://localhost:${port} (admin at /admin); trusting ${hops} proxy hop(s) for client addresses`,
  )
  serveCommand({
    command: process.execPath,
    args: [path.join(root, 'server', 'serve.mjs')],
    env: { ...env, NODE_ENV: 'production', PORT: port },
  })
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
