import path from 'node:path'

import type { Payload } from 'payload'

import { runImport } from '../lib/onet/import/runImport'
import { summaryLine } from '../lib/onet/import/report'
import { readRelease } from '../lib/onet/release/readRelease'
import { linkCuratedCareers } from './steps/linkCuratedCareers'

/** The release in the repository; `ONET_RELEASE` points elsewhere (the tests use a small slice). */
export const bundledRelease = (): string =>
  path.resolve(process.env.ONET_RELEASE || path.join('seed', 'datasets', 'onet-29.2'))

/** `SEED_ONET=false` leaves the release out: the demo's hand-written catalogue alone (bench:scale's smallest). */
export const onetSeedWanted = (): boolean => process.env.SEED_ONET !== 'false'

/**
 * The demo's first start loads the bundled O*NET release as trusted content (published at once, its
 * import recorded as such), then links the curated careers to their occupations. Skipped once any
 * import exists (later releases go through `npm run import:onet` and review) or when not wanted.
 */
export const loadOnetRelease = async ({
  payload,
  log,
}: {
  payload: Payload
  log: (line: string) => void
}) => {
  if (!onetSeedWanted()) {
    log('SEED_ONET=false: the O*NET release is not loaded.')
    return
  }
  const { totalDocs } = await payload.count({ collection: 'imports' })
  if (totalDocs > 0) return
  const folder = bundledRelease()
  log(`Importing the O*NET release in ${path.relative(process.cwd(), folder) || folder}…`)
  const release = await readRelease({ folder })
  if (release.rejected.length > 0) {
    const [first] = release.rejected
    throw new Error(
      `The bundled O*NET release has ${release.rejected.length} rejected rows, first ${first.file}:${first.line}: ${first.reason}`,
    )
  }
  let shown = 0
  const report = await runImport({
    payload,
    release,
    mode: 'trusted',
    onProgress: ({ phase, done, total }) => {
      if (done === total || done - shown >= 2000) {
        shown = done === total ? 0 : done
        log(`  O*NET ${phase}: ${done}/${total}`)
      }
    },
  })
  log(
    `  ${summaryLine(report)} (${(report.durationMs / 1000).toFixed(1)} s, ${(report.cpuMs / 1000).toFixed(1)} s of processor time)`,
  )
  log(`  curated careers linked to their occupations: ${await linkCuratedCareers(payload)}`)
}
