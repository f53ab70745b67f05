/*
 * `npm run bench:onet-read [folder]`: how long reading an O*NET release takes and how much memory it
 * holds, for the bundled seed/datasets/onet-29.2 or the folder given. Prints the first read (what an import pays),
 * then the median, lowest and highest of a few more. Prints figures; asserts nothing.
 */
import path from 'node:path'

import { readRelease } from '../lib/onet/release/readRelease'
import { type OnetRelease } from '../lib/onet/release/types'
import { type Sample, summarise } from './lib/benchSummary'

const ROUNDS = 5
const folder = path.resolve(process.argv[2] ?? 'seed/datasets/onet-29.2')
const megabytes = (bytes: number) => bytes / 1024 / 1024

const heapUsedAfterCollection = (): number => {
  global.gc?.()
  return process.memoryUsage().heapUsed
}

/** Holds the release being measured, and nothing else does: see readAndHold. */
const held: OnetRelease[] = []

/** Seconds to read the release; its own frame, as an awaiting frame keeps the value it awaited alive. */
const readAndHold = async (): Promise<number> => {
  const started = performance.now()
  held.push(await readRelease({ folder }))
  return (performance.now() - started) / 1000
}

const measure = async (): Promise<Sample> => {
  held.length = 0
  heapUsedAfterCollection()
  const seconds = await readAndHold()
  return { 'read (s)': seconds, 'rss after read (MB)': megabytes(process.memoryUsage().rss) }
}

const main = async () => {
  if (!global.gc) console.log('(run with node --expose-gc for the heap figure)')
  // The first read is the one an import pays for (cold file cache, unwarmed JIT), in a clean heap.
  const heapBefore = heapUsedAfterCollection()
  const firstSeconds = await readAndHold()
  const heldMb = megabytes(heapUsedAfterCollection() - heapBefore)
  const [release] = held
  const rows = (name: string) => release.files.find((file) => file.name === name)?.rows ?? 0
  console.log(`O*NET ${release.version} (${release.releaseLabel}) at ${release.folder}`)
  console.log(
    `  occupations=${release.occupations.length} alternate titles=${rows('Alternate Titles.txt')} ` +
      `tasks=${rows('Task Statements.txt')} technologies=${rows('Technology Skills.txt')} ` +
      `rejected=${release.rejected.length}`,
  )
  console.log(`first read: ${firstSeconds.toFixed(3)} s; the release holds ${heldMb.toFixed(1)} MB of heap`)
  const samples: Sample[] = []
  for (let round = 0; round < ROUNDS; round += 1) samples.push(await measure())
  console.log(`${ROUNDS} more reads:`)
  console.log(summarise(samples))
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
