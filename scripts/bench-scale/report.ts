import os from 'node:os'

import type { LongTail } from './longTail'
import type { FirstStart, Reimport } from './onet'
import { PAGE_TYPES, type PageType, type PerPageType } from './pageTypes'
import type { RenderTimes } from './renders'
import type { Survey } from './survey'

/** Everything measured on one catalogue. */
export type CatalogueFigures = {
  label: string
  survey: Survey
  renders: PerPageType<RenderTimes>
  longTail: LongTail | null
  /** The load average (1 minute) when its renders were timed: the machine is shared. */
  load: number
}

/** Nearest-rank percentile. */
export const percentile = (values: number[], share: number): number => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(share * sorted.length) - 1))] ?? NaN
}

export const loadAverage = () => os.loadavg()[0]!

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`
const cell = (text: string, width: number) => text.padEnd(width)
const thousands = (value: number) => value.toLocaleString('en-GB')

/** "8–10" for counts of 8, 9 and 10; "7" when every sampled page cost the same. */
const range = (counts: number[]) => {
  if (counts.length === 0) return 'n/a'
  const [lowest, highest] = [Math.min(...counts), Math.max(...counts)]
  return lowest === highest ? String(lowest) : `${lowest}–${highest}`
}

const table = (header: string[], rows: string[][]) => {
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)),
  )
  return [header, ...rows]
    .map((row) => `  ${row.map((text, column) => cell(text, widths[column]! + 2)).join('')}`.trimEnd())
    .join('\n')
}

export const printImport = ({ firstStart, reimports }: { firstStart: FirstStart; reimports: Reimport[] }) => {
  const steps = firstStart.steps
  const built = steps.build !== undefined && steps.serve !== undefined ? steps.serve - steps.build : NaN
  console.log('\nFull O*NET catalogue (demo content + seed/datasets/onet-29.2)')
  if (firstStart.import) {
    console.log(
      `  full import (npm start, trusted): ${firstStart.import.line} in ${firstStart.import.seconds.toFixed(1)} s, ${firstStart.import.cpuSeconds.toFixed(1)} s of processor time   target ≤ 60 s`,
    )
  }
  for (const run of reimports) {
    const { created, updated, unchanged, rejected } = run.counts
    console.log(
      `  re-import, ${run.mode}: created=${created} updated=${updated} unchanged=${unchanged} rejected=${rejected} (${run.status}); ` +
        `${seconds(run.wallMs)} whole command, ${seconds(run.cpuMs)} processor; the run itself ${seconds(run.reportMs)}, ${seconds(run.reportCpuMs)} processor   target ≤ 20 s`,
    )
  }
  console.log(
    `  first npm start of a fresh data folder: ${seconds(firstStart.wallMs)} until the app answered, ${seconds(firstStart.cpuMs)} of processor time ` +
      `(seed from ${steps.seed?.toFixed(0)} s, import from ${steps.import?.toFixed(0)} s, build from ${steps.build?.toFixed(0)} s taking ${built.toFixed(0)} s)   target ≤ 240 s`,
  )
}

export const printCatalogues = (figures: CatalogueFigures[]) => {
  const [baseline] = figures
  if (!baseline) return
  console.log('\nCatalogues')
  console.log(
    table(
      ['catalogue', 'careers', 'skills', 'evidence pages', 'load avg while timing'],
      figures.map(({ label, survey, load }) => [
        label,
        thousands(survey.size.careers),
        thousands(survey.size.skills),
        thousands(survey.size.evidencePages),
        load.toFixed(1),
      ]),
    ),
  )
  console.log(
    '\nDatabase queries per page, through the lib/data loaders in process (lowest–highest over the sampled pages;' +
      '\n  a page costs fewer when a list it shows is empty, never more for a larger catalogue)',
  )
  console.log(
    table(
      ['catalogue', ...PAGE_TYPES],
      figures.map(({ label, survey }) => [label, ...PAGE_TYPES.map((type) => range(survey.queries[type]))]),
    ),
  )
  console.log(
    "\nUncached render, built app, one request at a time: p50 / p95 ms; p95 as × the demo-size p95 (and × the full catalogue's)",
  )
  const p95Of = (figure: CatalogueFigures | undefined, type: PageType) =>
    figure && figure.renders[type].times.length ? percentile(figure.renders[type].times, 0.95) : NaN
  console.log(
    table(
      ['catalogue', ...PAGE_TYPES],
      figures.map((figure, row) => [
        figure.label,
        ...PAGE_TYPES.map((type) => {
          const { times } = figure.renders[type]
          if (times.length === 0) return 'n/a'
          const p95 = p95Of(figure, type)
          const versusFull = row > 1 ? `, ${(p95 / p95Of(figures[1], type)).toFixed(2)}×` : ''
          return `${percentile(times, 0.5).toFixed(0)} / ${p95.toFixed(0)} (${(p95 / p95Of(baseline, type)).toFixed(2)}×${versusFull})`
        }),
      ]),
    ),
  )
  console.log(
    table(
      ['samples', ...PAGE_TYPES],
      figures.map(({ label, renders }) => [
        label,
        ...PAGE_TYPES.map((type) => {
          const result = renders[type]
          return `${result.firstHits} first + ${result.forced} forced${result.failures.length ? `, ${result.failures.length} not 200` : ''}`
        }),
      ]),
    ),
  )
  for (const { label, renders } of figures) {
    for (const type of PAGE_TYPES) {
      if (renders[type].failures.length)
        console.log(`  ${label} ${type} not 200: ${renders[type].failures.slice(0, 5).join(', ')}`)
    }
  }
  console.log(
    '\nLong tail: requests spread uniformly over every career page, wrk, median of rounds (target ≥ 0.25× static)',
  )
  console.log(
    table(
      [
        'catalogue',
        'pages',
        'KB per page',
        'first pass',
        'static req/s',
        'through nginx req/s',
        '× static',
        'micro-cache alone',
      ],
      figures.flatMap(({ label, longTail }) =>
        longTail
          ? [
              [
                label,
                thousands(longTail.pages),
                (longTail.bytes / longTail.pages / 1024).toFixed(0),
                `${longTail.firstPassSeconds.toFixed(0)} s`,
                longTail.staticRate.toFixed(0),
                longTail.proxyRate.toFixed(0),
                `${longTail.ratio.toFixed(2)}× (rounds ${longTail.rounds.map((r) => (r.proxyRate / r.staticRate).toFixed(2)).join(', ')})`,
                `${longTail.microCacheRate.toFixed(0)} req/s, ${longTail.microCacheRatio.toFixed(2)}×`,
              ],
            ]
          : [],
      ),
    ),
  )
}
