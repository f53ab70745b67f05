import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { median } from '../lib/benchSummary'
import { startPrivateNginx } from '../lib/privateNginx'

/** Where this run's static copies live under nginx's folder, served by a plain static location. */
const STATIC = '/bench-static'
const CONNECTIONS = 32
/** Requests in flight while the pages are fetched once: about what two cores keep busy. */
const FETCHING = 4

type Round = { staticRate: number; proxyRate: number; microCacheRate: number }

export type LongTail = {
  pages: number
  bytes: number
  rounds: Round[]
  staticRate: number
  /** Through the shipped config, serving the app's page copies. */
  proxyRate: number
  /** Through the same config without the copies: the one-second micro-cache alone, as before. */
  microCacheRate: number
  /** The median of each round's rate over its static rate. */
  ratio: number
  microCacheRatio: number
  /** Seconds it took to fetch every page once through the proxy (each a first hit). */
  firstPassSeconds: number
}

/** A wrk script sending each request to a page picked at random, uniformly, from `paths`. */
const luaScript = (paths: string[]) => `
local paths = { ${paths.map((p) => JSON.stringify(p)).join(', ')} }
local count = #paths
local threads = 0
function setup(thread)
  thread:set("seed", 7919 * (threads + 1))
  threads = threads + 1
end
function init(args)
  math.randomseed(seed)
end
function request()
  return wrk.format("GET", paths[math.random(count)])
end
`

const rateOf = ({
  wrk,
  script,
  url,
  seconds,
}: {
  wrk: string
  script: string
  url: string
  seconds: number
}) => {
  const run = spawnSync(wrk, ['-t2', `-c${CONNECTIONS}`, `-d${seconds}s`, '-s', script, url], {
    encoding: 'utf8',
  })
  const match = run.stdout.match(/Requests\/sec:\s+([\d.]+)/)
  if (!match) throw new Error(`wrk gave no rate for ${url}: ${run.stdout}${run.stderr}`)
  const errors = run.stdout.match(/Non-2xx or 3xx responses:\s+(\d+)/)
  if (errors) throw new Error(`${url} answered ${errors[1]} errors under load:\n${run.stdout}`)
  return Number(match[1])
}

/** Fetches every page once, a few at a time; calls `keep` with each body. */
const fetchEach = async ({
  base,
  paths,
  keep,
}: {
  base: string
  paths: string[]
  keep: (path: string, body: Buffer) => void
}) => {
  let next = 0
  const worker = async () => {
    while (next < paths.length) {
      const page = paths[next++]!
      const response = await fetch(`${base}${page}`)
      if (response.status !== 200) throw new Error(`${page} answered ${response.status} through the proxy`)
      keep(page, Buffer.from(await response.arrayBuffer()))
    }
  }
  await Promise.all(Array.from({ length: FETCHING }, worker))
}

/**
 * Throughput with requests spread uniformly over all `paths`, through the shipped nginx config in
 * front of the app, against nginx serving the same pages as static files, in turns over `rounds`;
 * and through the same config without the app's page copies (the micro-cache alone). Each page is
 * first fetched once through the proxy, as its first reader would, and that copy is what the static
 * location serves.
 */
export const measureLongTail = async ({
  wrk,
  appUrl,
  pageCopies,
  paths,
  seconds,
  rounds,
}: {
  wrk: string
  appUrl: string
  /** The app's PAGE_MIRROR_DIR. */
  pageCopies: string
  paths: string[]
  seconds: number
  rounds: number
}): Promise<LongTail> => {
  const upstream = new URL(appUrl).host
  const nginx = await startPrivateNginx({
    upstream,
    pageCopies,
    extra: (dir) => `location ${STATIC}/ { root ${dir}; default_type text/html; try_files $uri.html =404; }`,
  })
  const microCache = await startPrivateNginx({ upstream })
  try {
    let bytes = 0
    const started = performance.now()
    await fetchEach({
      base: nginx.url,
      paths,
      keep: (page, body) => {
        const file = path.join(nginx.dir, STATIC, `${page}.html`)
        fs.mkdirSync(path.dirname(file), { recursive: true })
        fs.writeFileSync(file, body)
        bytes += body.length
      },
    })
    const firstPassSeconds = (performance.now() - started) / 1000
    const proxyScript = path.join(nginx.dir, 'proxy.lua')
    const staticScript = path.join(nginx.dir, 'static.lua')
    fs.writeFileSync(proxyScript, luaScript(paths))
    fs.writeFileSync(staticScript, luaScript(paths.map((page) => `${STATIC}${page}`)))
    const measure = {
      staticRate: () => rateOf({ wrk, script: staticScript, url: nginx.url, seconds }),
      proxyRate: () => rateOf({ wrk, script: proxyScript, url: nginx.url, seconds }),
      microCacheRate: () => rateOf({ wrk, script: proxyScript, url: microCache.url, seconds }),
    }
    const results: Round[] = []
    for (let round = 0; round < rounds; round += 1) {
      // Alternate the order, so none always runs on a warmer or busier machine.
      const order = Object.keys(measure) as (keyof Round)[]
      if (round % 2 === 1) order.reverse()
      const result = {} as Round
      for (const name of order) result[name] = measure[name]()
      results.push(result)
    }
    return {
      pages: paths.length,
      bytes,
      rounds: results,
      staticRate: median(results.map((r) => r.staticRate)),
      proxyRate: median(results.map((r) => r.proxyRate)),
      microCacheRate: median(results.map((r) => r.microCacheRate)),
      ratio: median(results.map((r) => r.proxyRate / r.staticRate)),
      microCacheRatio: median(results.map((r) => r.microCacheRate / r.staticRate)),
      firstPassSeconds,
    }
  } finally {
    await Promise.all([nginx.stop(), microCache.stop()])
  }
}
