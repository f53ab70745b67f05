import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { freePort } from '../../tests/helpers/startedApp'
import { startGroup, type Started, waitUntilAnswering } from './processes'

export type CatalogueName = 'demo' | 'full' | 'synthetic'

/** One catalogue's data folder and the environment that points the app and scripts at it. */
export type Catalogue = {
  name: CatalogueName
  label: string
  dir: string
  database: string
  env: NodeJS.ProcessEnv
}

/** One secret for the whole run: nothing signed in one catalogue is read in another. */
const secret = crypto.randomBytes(32).toString('hex')

export const catalogueIn = ({
  root,
  name,
  label,
  env = {},
}: {
  root: string
  name: CatalogueName
  label: string
  env?: Record<string, string>
}): Catalogue => {
  const dir = path.join(root, name)
  fs.mkdirSync(dir, { recursive: true })
  const database = path.join(dir, 'career-evidence.db')
  return {
    name,
    label,
    dir,
    database,
    env: {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: '1',
      PAYLOAD_SECRET: secret,
      DATA_DIR: dir,
      DATABASE_URI: `file:${database}`,
      ...env,
    },
  }
}

/** A copy of a catalogue's database (with its write-ahead log) as the start of another. */
export const copyDatabase = (from: Catalogue, to: Catalogue) => {
  for (const suffix of ['', '-wal']) {
    if (fs.existsSync(from.database + suffix)) fs.copyFileSync(from.database + suffix, to.database + suffix)
  }
}

export type Served = { baseUrl: string; started: Started; stop: () => Promise<void> }

/**
 * Serves a prepared catalogue with the current build, as `npm start` serves once it has built
 * (`server/serve.mjs`), on a private loopback port.
 */
export const serveCatalogue = async (
  catalogue: Catalogue,
  env: Record<string, string> = {},
): Promise<Served> => {
  const port = await freePort()
  const started = startGroup({
    command: process.execPath,
    args: [path.resolve('server/serve.mjs')],
    env: { ...catalogue.env, PORT: String(port), ...env, NODE_ENV: 'production' },
  })
  const baseUrl = `http://127.0.0.1:${port}`
  await waitUntilAnswering({ url: `${baseUrl}/api/careers?limit=1`, started, timeoutMs: 120_000 })
  return { baseUrl, started, stop: started.stop }
}
