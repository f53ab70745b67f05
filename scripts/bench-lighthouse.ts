/*
 * `npm run bench:lighthouse [url…] [--runs N]`: Lighthouse 12.2.3 with Debian's Chromium, offline (the
 * page is on this machine), on the evidence page of a running site. Lighthouse's scores move from run
 * to run on a busy machine, so each form factor runs N times (default 3) and the median, lowest and
 * highest are printed. Given several URLs (say, the same page on two builds), it takes turns between
 * them, so that each is measured under the same conditions.
 * Without Debian's Chromium it falls back to the packaged one the tests use (`tests/helpers/browser.ts`),
 * an older headless shell: compare figures only between runs on the same browser.
 * Prints the figures; asserts nothing. Targets: performance ≥ 0.98, accessibility 1.0.
 */
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import desktopConfig from 'lighthouse/core/config/desktop-config.js'
import type { Result } from 'lighthouse'

import { CHROMIUM_ARGS, chromiumExecutable } from '../tests/helpers/browser'
import { summarise, type Sample } from './lib/benchSummary'

const DEFAULT_URL = `http://127.0.0.1:${process.env.PORT ?? '3000'}/careers/backend-developer/skills/bentoml`

const parseArguments = (args: string[]) => {
  const runsAt = args.indexOf('--runs')
  const runs = runsAt === -1 ? 3 : Number(args[runsAt + 1])
  if (!Number.isInteger(runs) || runs < 1 || runs > 20) {
    throw new Error('--runs takes a whole number from 1 to 20')
  }
  const positional =
    runsAt === -1 ? args : args.filter((_, index) => index !== runsAt && index !== runsAt + 1)
  return { urls: positional.length ? positional : [DEFAULT_URL], runs }
}

/** The figures of one run; mobile is Lighthouse's default (slow 4G, 4× CPU slowdown), desktop its preset. */
const measure = async (url: string, formFactor: 'mobile' | 'desktop', port: number) => {
  const result = await lighthouse(
    url,
    { port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] },
    formFactor === 'desktop' ? desktopConfig : undefined,
  )
  if (!result) throw new Error('Lighthouse returned no result')
  if (result.lhr.runtimeError) {
    throw new Error(`Lighthouse could not load ${url}: ${result.lhr.runtimeError.message}`)
  }
  const { categories, audits } = result.lhr
  reportFailedAccessibilityAudits(result.lhr)
  const milliseconds = (id: string) => audits[id]?.numericValue ?? NaN
  const sample: Sample = {
    performance: categories.performance?.score ?? NaN,
    accessibility: categories.accessibility?.score ?? NaN,
    'FCP (ms)': milliseconds('first-contentful-paint'),
    'LCP (ms)': milliseconds('largest-contentful-paint'),
    'Speed Index (ms)': milliseconds('speed-index'),
    'TBT (ms)': milliseconds('total-blocking-time'),
    CLS: audits['cumulative-layout-shift']?.numericValue ?? NaN,
    'bytes (KiB)': (audits['total-byte-weight']?.numericValue ?? NaN) / 1024,
  }
  return { sample, version: result.lhr.lighthouseVersion }
}

const reportFailedAccessibilityAudits = (lhr: Result) => {
  const accessibilityAudits = new Set(lhr.categories.accessibility?.auditRefs.map((ref) => ref.id))
  for (const audit of Object.values(lhr.audits)) {
    if (accessibilityAudits.has(audit.id) && audit.scoreDisplayMode === 'binary' && audit.score === 0) {
      console.log(`  accessibility audit failed: ${audit.title}`)
    }
  }
}

const assertReachable = async (url: string) => {
  const response = await fetch(url).catch(() => undefined)
  if (!response?.ok) {
    throw new Error(`${url} answered ${response?.status ?? 'nothing'}: start the site first (npm start)`)
  }
}

const main = async () => {
  const { urls, runs } = parseArguments(process.argv.slice(2))
  for (const url of urls) await assertReachable(url)
  const chrome = await chromeLauncher.launch({
    chromePath: await chromiumExecutable(),
    chromeFlags: CHROMIUM_ARGS,
  })
  try {
    for (const formFactor of ['mobile', 'desktop'] as const) {
      const samples = new Map<string, Sample[]>(urls.map((url) => [url, []]))
      let version = ''
      for (let run = 1; run <= runs; run++) {
        for (const url of urls) {
          console.log(`${formFactor}: run ${run} of ${runs} on ${url}…`)
          const measured = await measure(url, formFactor, chrome.port)
          samples.get(url)?.push(measured.sample)
          version = measured.version
        }
      }
      for (const [url, taken] of samples) {
        console.log(`Lighthouse ${version}, ${formFactor}, ${runs} run(s) on ${url}`)
        console.log(summarise(taken))
      }
    }
  } finally {
    chrome.kill()
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
