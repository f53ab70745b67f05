/*
 * `npm run import:onet -- <folder> [--dry-run] [--json] [--as <email>]`: reads an O*NET release folder as
 * downloaded and imports it for review. Exit 0 when done, 1 when rows were rejected or the run was
 * refused (nothing written), 2 when the input cannot be used at all.
 */
import { ImportRefused, runImport } from '../lib/onet/import/runImport'
import { summaryLine } from '../lib/onet/import/report'
import { readRelease, UnusableReleaseError } from '../lib/onet/release/readRelease'
import { parseImportArguments, USAGE } from './import-onet/arguments'
import { findRunner } from './import-onet/runner'
import { printRejections, progressPrinter } from './import-onet/printing'

const main = async (): Promise<number> => {
  const args = parseImportArguments(process.argv.slice(2))
  if ('problem' in args) {
    console.error(`${args.problem}\n${USAGE}`)
    return 2
  }
  const progress = progressPrinter()
  const release = await readRelease({ folder: args.folder, onProgress: progress.reading })
  if (!args.dryRun && release.rejected.length > 0) {
    printRejections(release.rejected)
    console.error(`${release.rejected.length} row(s) rejected: nothing was written.`)
    const counts = { created: 0, updated: 0, unchanged: 0, rejected: release.rejected.length }
    const refusal = {
      refused: 'Rows were rejected; nothing was written.',
      counts,
      rejected: release.rejected,
    }
    console.log(args.json ? JSON.stringify(refusal, null, 2) : summaryLine({ counts }))
    return 1
  }
  const [{ default: config }, { getPayload }] = await Promise.all([
    import('../payload.config'),
    import('payload'),
  ])
  // Payload logs to stdout; here stdout carries the summary line or the JSON report, so logs go to stderr.
  const sanitized = await config
  const payload = await getPayload({
    // Payload's type asks for every pino option; pino fills in defaults for the ones left out.
    config: {
      ...sanitized,
      logger: { options: {}, destination: process.stderr } as unknown as typeof sanitized.logger,
    },
  })
  try {
    const user = args.as ? await findRunner(payload, args.as) : null
    const report = await runImport({
      payload,
      release,
      mode: args.dryRun ? 'dry-run' : 'review',
      user,
      onProgress: progress.writing,
    })
    if (args.json) {
      console.log(JSON.stringify(report, null, 2))
    } else {
      printRejections(report.rejected)
      for (const held of report.heldBack) {
        console.error(`held back: ${held.kind} ${held.key} “${held.label}”: ${held.reason}`)
      }
      if (report.importId) console.error(`Recorded as import ${report.importId} (${report.status}).`)
      console.log(summaryLine(report))
    }
    return report.rejected.length > 0 ? 1 : 0
  } finally {
    await payload.destroy()
  }
}

/** A large JSON report on a pipe is written asynchronously: exit only once stdout has taken it all. */
const exitAfterOutput = (code: number) => process.stdout.write('', () => process.exit(code))

main().then(
  (code) => exitAfterOutput(code),
  (error: unknown) => {
    if (error instanceof UnusableReleaseError) {
      console.error(error.message)
      process.exit(2)
    }
    if (error instanceof ImportRefused) {
      console.error(error.message)
      process.exit(1)
    }
    console.error(error instanceof Error ? error.message : error)
    process.exit(1)
  },
)
