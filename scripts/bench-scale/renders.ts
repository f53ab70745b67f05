import fs from 'node:fs'
import path from 'node:path'

import { PAGE_TYPES, type PageType, type PerPageType } from './pageTypes'

export type RenderTimes = {
  /** Milliseconds from request to the last byte, one per uncached render. */
  times: number[]
  /** How many were first hits of a distinct URL, and how many re-renders forced on a URL already hit. */
  firstHits: number
  forced: number
  /** Answers other than 200, by URL. */
  failures: string[]
}

/**
 * The header with which Next regenerates a page on demand (what `res.revalidate` sends), bypassing
 * both its page cache and its data cache: an uncached render of a URL that was already rendered.
 */
const REVALIDATE_HEADER = 'x-prerender-revalidate'

const previewModeId = (): string =>
  (
    JSON.parse(fs.readFileSync(path.resolve('.next/prerender-manifest.json'), 'utf8')) as {
      preview: { previewModeId: string }
    }
  ).preview.previewModeId

const WARM_UP = [
  '/careers',
  '/careers/bench-warm-up',
  '/careers/bench-warm-up/skills/bench-warm-up',
  '/skills/bench-warm-up',
  '/search?q=bench',
]

type Visit = { type: PageType; url: string; forced: boolean }

/**
 * For each page type, `pages` visits: the first hit of each distinct URL (an uncached ISR render),
 * then, when the catalogue has fewer distinct URLs than that, forced re-renders of the same URLs.
 * Types take turns, so each meets the same conditions on a shared machine.
 */
const schedule = (samples: PerPageType<string[]>, pages: number): Visit[] => {
  const lists = PAGE_TYPES.map((type) => {
    const urls = samples[type]
    return Array.from({ length: urls.length ? pages : 0 }, (_, index) => ({
      type,
      url: urls[index % urls.length]!,
      // The first URL was rendered while warming up: timing it again needs forcing too.
      forced: index === 0 || index >= urls.length,
    }))
  })
  return Array.from({ length: pages }, (_, index) => lists.flatMap((list) => list[index] ?? [])).flat()
}

const visit = async ({
  baseUrl,
  url,
  headers,
}: {
  baseUrl: string
  url: string
  headers: Record<string, string>
}) => {
  const started = performance.now()
  const response = await fetch(`${baseUrl}${url}`, { headers })
  await response.arrayBuffer()
  return { ms: performance.now() - started, status: response.status }
}

/** Times uncached renders of each page type against a freshly started server, one request at a time. */
export const timeUncachedRenders = async ({
  baseUrl,
  samples,
  pages,
}: {
  baseUrl: string
  samples: PerPageType<string[]>
  pages: number
}): Promise<PerPageType<RenderTimes>> => {
  const revalidate = { [REVALIDATE_HEADER]: previewModeId() }
  // Loads each route's code once (404s and the hub), then renders one real page of each type.
  for (const url of WARM_UP) await visit({ baseUrl, url, headers: {} })
  for (const type of PAGE_TYPES) {
    if (samples[type][0]) await visit({ baseUrl, url: samples[type][0], headers: revalidate })
  }
  const results = Object.fromEntries(
    PAGE_TYPES.map((type): [PageType, RenderTimes] => [
      type,
      { times: [], firstHits: 0, forced: 0, failures: [] },
    ]),
  ) as PerPageType<RenderTimes>
  for (const { type, url, forced } of schedule(samples, pages)) {
    // Search is never cached: every visit renders, so none needs forcing.
    const headers = forced && type !== 'search' ? revalidate : {}
    const { ms, status } = await visit({ baseUrl, url, headers })
    const result = results[type]
    if (status !== 200) result.failures.push(`${url} (${status})`)
    result.times.push(ms)
    if (forced) result.forced += 1
    else result.firstHits += 1
  }
  return results
}
