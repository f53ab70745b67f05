/*
 * `npm run bench:lighthouse [url]`: Lighthouse 12.2.3 with Debian's Chromium, offline (the page is
 * on this machine), on the evidence page of a running site. Prints the figures; asserts nothing.
 * Targets: performance ≥ 0.98, accessibility 1.0.
 */
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import desktopConfig from 'lighthouse/core/config/desktop-config.js'

import { CHROMIUM, CHROMIUM_ARGS } from '../tests/helpers/browser'

const url =
  process.argv[2] ?? `http://127.0.0.1:${process.env.PORT ?? '3000'}/careers/backend-developer/skills/bentoml`

const main = async () => {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: CHROMIUM_ARGS,
  })
  try {
    for (const formFactor of ['mobile', 'desktop'] as const) await report(formFactor, chrome.port)
  } finally {
    chrome.kill()
  }
}

/** One Lighthouse run; mobile is Lighthouse's default (slow 4G, 4× CPU slowdown), desktop its preset. */
const report = async (formFactor: 'mobile' | 'desktop', port: number) => {
  const result = await lighthouse(
    url,
    { port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] },
    formFactor === 'desktop' ? desktopConfig : undefined,
  )
  if (!result) throw new Error('Lighthouse returned no result')
  const { categories, audits } = result.lhr
  const rows: [string, string][] = [
    ['performance', String(categories.performance?.score)],
    ['accessibility', String(categories.accessibility?.score)],
    ['LCP', audits['largest-contentful-paint']?.displayValue ?? ''],
    ['CLS', audits['cumulative-layout-shift']?.displayValue ?? ''],
    ['TBT', audits['total-blocking-time']?.displayValue ?? ''],
    ['bytes', audits['total-byte-weight']?.displayValue ?? ''],
  ]
  console.log(`Lighthouse ${result.lhr.lighthouseVersion}, ${formFactor}, on ${url}`)
  for (const [name, value] of rows) console.log(`  ${name.padEnd(14)} ${value}`)
  const failing = Object.values(audits).filter(
    (audit) =>
      audit.scoreDisplayMode === 'binary' &&
      audit.score === 0 &&
      audit.id &&
      result.lhr.categories.accessibility?.auditRefs.some((ref) => ref.id === audit.id),
  )
  for (const audit of failing) console.log(`  accessibility: ${audit.title}`)
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
