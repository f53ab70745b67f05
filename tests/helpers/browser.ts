import fs from 'node:fs'
import path from 'node:path'

import { type Browser, chromium, type Page } from 'playwright-core'

/** Debian's Chromium, unless `CHROMIUM_PATH` names another; Playwright's own browser download is not available. */
const WANTED_CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium'

/**
 * The browser to drive: the one wanted when it is installed, otherwise the Chromium that the
 * `@sparticuz/chromium` package carries inside its npm tarball (unpacked to the temp folder on first use),
 * so that `npm ci && npm test` needs nothing from outside the npm registry.
 */
export const chromiumExecutable = async (): Promise<string> => {
  if (fs.existsSync(WANTED_CHROMIUM)) return WANTED_CHROMIUM
  const { default: packagedChromium } = await import('@sparticuz/chromium')
  const unpacked = await packagedChromium.executablePath()
  console.log(`No browser at ${WANTED_CHROMIUM}; using the Chromium from @sparticuz/chromium (${unpacked}).`)
  return unpacked
}

/** Headless, and nothing that reaches for the network this machine does not have. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
]

export const launchBrowser = async (): Promise<Browser> =>
  chromium.launch({ executablePath: await chromiumExecutable(), args: CHROMIUM_ARGS })

export const VIEWPORTS = {
  desktop: { width: 1280, height: 900 },
  phone: { width: 390, height: 844 },
} as const

/** Where screenshots are kept as test artifacts. */
export const ARTIFACTS = path.resolve('test-results', 'site')

/** A full-page screenshot saved under test-results/site/, returning its path. */
export const saveScreenshot = async (page: Page, name: string): Promise<string> => {
  fs.mkdirSync(ARTIFACTS, { recursive: true })
  const file = path.join(ARTIFACTS, `${name}.png`)
  await page.screenshot({ path: file, fullPage: true })
  return file
}
