/*
 * `npm run bench:scale [-- options]`: the site at three sizes, built in temporary data folders and
 * measured in the same run, each against the demo-size catalogue:
 *   demo size   the hand-written demo catalogue alone (SEED_ONET=false);
 *   full O*NET  the demo plus the bundled O*NET 29.2 release, loaded by a first `npm start` on a fresh
 *               folder (timed, build included), then imported again with `npm run import:onet`
 *               (a dry run and a real run, both timed, both to report everything unchanged);
 *   synthetic   the full catalogue plus about 100,000 career × skill evidence pages (see
 *               bench-scale/synthetic.ts for how and why they are written as rows).
 * For each: database queries per page (through the lib/data loaders, in process), p50/p95 of uncached
 * renders of evidence, career, skill and search pages against the built app, and long-tail throughput
 * through the shipped nginx config over every career page, against nginx serving the same pages as
 * static files. Loopback only; prints figures, asserts nothing. Options: see arguments.ts.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { findExecutable, findNginx, pageCopiesFolder } from './lib/privateNginx'
import { parseScaleArguments, USAGE } from './bench-scale/arguments'
import { type Catalogue, catalogueIn, copyDatabase, serveCatalogue } from './bench-scale/catalogue'
import { measureLongTail } from './bench-scale/longTail'
import { timeFirstStart, timeReimport } from './bench-scale/onet'
import { runTimed } from './bench-scale/processes'
import { timeUncachedRenders } from './bench-scale/renders'
import { type CatalogueFigures, loadAverage, printCatalogues, printImport } from './bench-scale/report'
import type { Survey } from './bench-scale/survey'

const started = performance.now()
const log = (line: string) =>
  console.log(`[${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}`)

/** Runs a step of bench-scale/inProcess.ts in its own process, on the catalogue's database. */
const inProcess = async <T>(catalogue: Catalogue, command: string, amount: number): Promise<T> => {
  const output = path.join(catalogue.dir, `${command}.json`)
  const run = await runTimed({
    command: process.execPath,
    args: [
      '--import',
      'tsx',
      path.resolve('scripts/bench-scale/inProcess.ts'),
      command,
      String(amount),
      output,
    ],
    env: catalogue.env,
  })
  if (run.code !== 0) throw new Error(`${command} on ${catalogue.label} failed:\n${run.stderr.slice(-3000)}`)
  return JSON.parse(fs.readFileSync(output, 'utf8')) as T
}

const measureCatalogue = async ({
  catalogue,
  pages,
  wrk,
  seconds,
  rounds,
}: {
  catalogue: Catalogue
  pages: number
  wrk: string
  seconds: number
  rounds: number
}): Promise<CatalogueFigures> => {
  log(`${catalogue.label}: counting queries and choosing pages…`)
  const survey = await inProcess<Survey>(catalogue, 'survey', pages)
  log(`${catalogue.label}: serving it and timing uncached renders…`)
  const pageCopies = pageCopiesFolder()
  const served = await serveCatalogue(catalogue, { PAGE_MIRROR_DIR: pageCopies })
  try {
    const load = loadAverage()
    const renders = await timeUncachedRenders({ baseUrl: served.baseUrl, samples: survey.samples, pages })
    log(`${catalogue.label}: long tail over ${survey.careerPaths.length} career pages…`)
    const longTail = await measureLongTail({
      wrk,
      appUrl: served.baseUrl,
      pageCopies,
      paths: survey.careerPaths,
      seconds,
      rounds,
    })
    return { label: catalogue.label, survey, renders, longTail, load }
  } finally {
    await served.stop()
    fs.rmSync(path.dirname(pageCopies), { recursive: true, force: true })
  }
}

const main = async () => {
  const args = parseScaleArguments(process.argv.slice(2))
  if ('problem' in args) {
    console.error(`${args.problem}\n${USAGE}`)
    process.exit(2)
  }
  const wrk = findExecutable('wrk')
  if (!wrk || !findNginx()) {
    console.error(
      'bench:scale needs nginx and wrk (looked on PATH, and in /usr/sbin for nginx): on Debian, apt-get install nginx wrk.',
    )
    process.exit(1)
  }
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'career-evidence-bench-scale-'))
  log(
    `Data folders in ${root}; load average ${os
      .loadavg()
      .map((value) => value.toFixed(1))
      .join(' ')}`,
  )
  try {
    const full = catalogueIn({ root, name: 'full', label: 'full O*NET' })
    log('full O*NET: first npm start on a fresh data folder (seed, import, build)…')
    const firstStart = await timeFirstStart(full)
    log('full O*NET: import:onet again, a dry run then a real run…')
    const reimports = [await timeReimport(full, 'dry run'), await timeReimport(full, 'real run')]

    const demo = catalogueIn({ root, name: 'demo', label: 'demo size', env: { SEED_ONET: 'false' } })
    log('demo size: migrating and seeding…')
    await inProcess(demo, 'prepare', 0)

    const catalogues = [demo, full]
    if (args.syntheticPages > 0) {
      const synthetic = catalogueIn({ root, name: 'synthetic', label: `synthetic` })
      copyDatabase(full, synthetic)
      log(`synthetic: writing ${args.syntheticPages} evidence pages…`)
      const built = await inProcess<{ written: number; checked: number; buildMs: number }>(
        synthetic,
        'synthetic',
        args.syntheticPages,
      )
      log(
        `synthetic: ${built.written} pages written in ${(built.buildMs / 1000).toFixed(0)} s; ${built.checked} checked to read back as the demo's own`,
      )
      catalogues.push(synthetic)
    }

    const figures: CatalogueFigures[] = []
    for (const catalogue of catalogues) {
      figures.push(
        await measureCatalogue({
          catalogue,
          pages: args.pages,
          wrk,
          seconds: args.seconds,
          rounds: args.rounds,
        }),
      )
    }
    log(
      `done; load average ${os
        .loadavg()
        .map((value) => value.toFixed(1))
        .join(' ')}`,
    )
    printImport({ firstStart, reimports })
    printCatalogues(figures)
  } finally {
    if (args.keep) console.log(`Kept ${root}`)
    else fs.rmSync(root, { recursive: true, force: true })
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error)
    process.exit(1)
  },
)
