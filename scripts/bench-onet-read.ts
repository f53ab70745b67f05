/*
 * `npm run bench:onet-read [folder]`: how long reading an O*NET release takes and how much memory it
 * holds, for ../shared/data/onet-29.2 or the folder given. Reads it a few times (the first read pays for
 * a cold file cache and an unwarmed JIT) and prints each figure's median, lowest and highest value.
 */
import path from 'node:path'

import { readRelease } from '../lib/onet/release/readRelease'
import { type Sample, summarise } from './lib/benchSummary'

const ROUNDS = 5
const folder = path.resolve(process.argv[2] ?? '../shared/data/onet-29.2')
const megabytes = (bytes: number) => bytes / 1024 / 1024

const measure = async (): Promise<Sample> => {
  global.gc?.()
  const heapBefore = process.memoryUsage().heapUsed
  const started = performance.now()
  const release = await readRelease({ folder })
  const seconds = (performance.now() - started) / 1000
  const heldMb = megabytes(process.memoryUsage().heapUsed - heapBefore)
  if (release.occupations.length === 0) throw new Error(`${folder} gave no occupations`)
  return {
    'read (s)': seconds,
    'heap held after read (MB)': heldMb,
    'rss (MB)': megabytes(process.memoryUsage().rss),
  }
}

const main = async () => {
  const release = await readRelease({ folder })
  const rows = (name: string) => release.files.find((file) => file.name === name)?.rows ?? 0
  console.log(`O*NET ${release.version} (${release.releaseLabel}) at ${release.folder}`)
  console.log(
    `  occupations=${release.occupations.length} alternate titles=${rows('Alternate Titles.txt')} ` +
      `tasks=${rows('Task Statements.txt')} technologies=${rows('Technology Skills.txt')} ` +
      `rejected=${release.rejected.length}`,
  )
  const samples: Sample[] = []
  for (let round = 0; round < ROUNDS; round += 1) samples.push(await measure())
  console.log(`${ROUNDS} reads${global.gc ? '' : ' (run node with --expose-gc for steadier heap figures)'}:`)
  console.log(summarise(samples))
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
