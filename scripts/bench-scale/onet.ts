import fs from 'node:fs'
import path from 'node:path'

import type { ImportCounts } from '../../lib/onet/import/report'
import { freePort } from '../../tests/helpers/startedApp'
import type { Catalogue } from './catalogue'
import { groupProcessTimeMs, runTimed, startGroup, waitUntilAnswering } from './processes'

/** The release the demo bundles, imported in full. */
export const BUNDLED_RELEASE = path.join('seed', 'datasets', 'onet-29.2')

/** The `npm start` steps whose start bench:scale notes, by the line each prints. */
const STEPS = {
  seed: 'Seeding demo content',
  import: 'Importing the O*NET release',
  build: 'Building the app',
  serve: 'Serving on',
} as const

export type FirstStart = {
  /** From `npm start` to the app answering, and the processor time of everything it ran. */
  wallMs: number
  cpuMs: number
  /** Seconds since the start at which each step began. */
  steps: Partial<Record<keyof typeof STEPS, number>>
  /** The import as `npm start` reports it: its own wall and processor time. */
  import: { line: string; seconds: number; cpuSeconds: number } | null
}

/** Runs the README's `npm start` on a fresh data folder until the app answers, then stops it. */
export const timeFirstStart = async (catalogue: Catalogue): Promise<FirstStart> => {
  const port = await freePort()
  const started = performance.now()
  const app = startGroup({ command: 'npm', args: ['start'], env: { ...catalogue.env, PORT: String(port) } })
  const steps: FirstStart['steps'] = {}
  app.child.stdout?.on('data', (chunk: Buffer) => {
    for (const [step, line] of Object.entries(STEPS)) {
      if (!(step in steps) && chunk.toString().includes(line)) {
        steps[step as keyof typeof STEPS] = (performance.now() - started) / 1000
      }
    }
  })
  try {
    await waitUntilAnswering({
      url: `http://127.0.0.1:${port}/api/careers?limit=1`,
      started: app,
      timeoutMs: 900_000,
    })
    const wallMs = performance.now() - started
    const cpuMs = groupProcessTimeMs(app.child.pid!)
    const summary = app
      .output()
      .match(
        /(created=\d+ updated=\d+ unchanged=\d+ rejected=\d+) \(([\d.]+) s, ([\d.]+) s of processor time\)/,
      )
    return {
      wallMs,
      cpuMs,
      steps,
      import: summary
        ? { line: summary[1]!, seconds: Number(summary[2]), cpuSeconds: Number(summary[3]) }
        : null,
    }
  } finally {
    await app.stop()
  }
}

export type Reimport = {
  mode: 'dry run' | 'real run'
  wallMs: number
  cpuMs: number
  counts: ImportCounts
  /** The run's own figures from its report (reading the release, comparing, writing). */
  reportMs: number
  reportCpuMs: number
  status: string
}

const editorEmail = (catalogue: Catalogue): string => {
  const credentials = JSON.parse(
    fs.readFileSync(path.join(catalogue.dir, 'demo-credentials.json'), 'utf8'),
  ) as Record<string, { email: string }>
  return credentials.editor!.email
}

/** `npm run import:onet` of the bundled release again, as a dry run or for review, timed whole. */
export const timeReimport = async (catalogue: Catalogue, mode: Reimport['mode']): Promise<Reimport> => {
  const args = ['run', '--silent', 'import:onet', '--', BUNDLED_RELEASE, '--json']
  if (mode === 'dry run') args.push('--dry-run')
  else args.push('--as', editorEmail(catalogue))
  const run = await runTimed({ command: 'npm', args, env: catalogue.env })
  if (run.code !== 0) throw new Error(`import:onet (${mode}) exited ${run.code}:\n${run.stderr.slice(-2000)}`)
  const report = JSON.parse(run.stdout) as {
    counts: ImportCounts
    durationMs: number
    cpuMs: number
    status: string
  }
  return {
    mode,
    wallMs: run.wallMs,
    cpuMs: run.cpuMs,
    counts: report.counts,
    reportMs: report.durationMs,
    reportCpuMs: report.cpuMs,
    status: report.status,
  }
}
