/*
 * `npm run bench:proxy [next base URL] [path]`: how fast a cached Next page is served directly and
 * behind deploy/nginx's 1-second micro-cache, against nginx serving the same HTML as a static file.
 * The static file and the micro-cache take turns over several rounds (the machine's state drifts
 * between runs) and each ratio compares a pair measured back to back. Loopback only, bounded in time.
 * Needs nginx (found on PATH or in /usr/sbin) and wrk. Prints figures; asserts nothing.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'

import { median } from './lib/benchSummary'
import { findExecutable, findNginx, startPrivateNginx } from './lib/privateNginx'

const CONCURRENCY = 32
const WRK_SECONDS = 5
const ROUNDS = 3

const next = (process.argv[2] ?? `http://127.0.0.1:${process.env.PORT ?? '3000'}`).replace(/\/$/, '')
const pagePath = process.argv[3] ?? '/careers/backend-developer/skills/bentoml'

/** Requests per second measured by wrk (Debian's `wrk`): a load generator that is not the bottleneck. */
const throughput = (wrk: string, url: string): number => {
  spawnSync(wrk, ['-t1', '-c8', '-d1s', url])
  const run = spawnSync(wrk, ['-t2', `-c${CONCURRENCY}`, `-d${WRK_SECONDS}s`, url], { encoding: 'utf8' })
  const match = run.stdout.match(/Requests\/sec:\s+([\d.]+)/)
  if (!match) throw new Error(`wrk gave no rate for ${url}: ${run.stdout}${run.stderr}`)
  if (/Non-2xx/.test(run.stdout)) throw new Error(`${url} answered errors under load: ${run.stdout}`)
  return Number(match[1])
}

const main = async () => {
  const wrk = findExecutable('wrk')
  const missing = [...(findNginx() ? [] : ['nginx']), ...(wrk ? [] : ['wrk'])]
  if (!wrk || missing.length > 0) {
    console.error(
      `bench:proxy needs nginx and wrk, and ${missing.join(' and ')} was not found (looked on PATH, and in /usr/sbin for nginx): on Debian, apt-get install ${missing.join(' ')}.`,
    )
    process.exit(1)
  }
  const html = await (await fetch(`${next}${pagePath}`)).text()
  const nginx = await startPrivateNginx({
    upstream: new URL(next).host,
    extra: (dir) => `location = /static.html { root ${dir}; }`,
  })
  try {
    fs.writeFileSync(`${nginx.dir}/static.html`, html)
    const nextRate = throughput(wrk, `${next}${pagePath}`)
    const rounds: { staticRate: number; cachedRate: number }[] = []
    const measureStatic = () => throughput(wrk, `${nginx.url}/static.html`)
    const measureCached = () => throughput(wrk, `${nginx.url}${pagePath}`)
    for (let round = 0; round < ROUNDS; round++) {
      // Alternate which goes first, so neither always runs on a warmer or busier machine.
      if (round % 2 === 0) {
        const staticRate = measureStatic()
        rounds.push({ staticRate, cachedRate: measureCached() })
      } else {
        const cachedRate = measureCached()
        rounds.push({ cachedRate, staticRate: measureStatic() })
      }
    }
    const staticMedian = median(rounds.map((r) => r.staticRate))
    console.log(`wrk, ${WRK_SECONDS} s per target, ${CONCURRENCY} connections, ${ROUNDS} rounds, ${pagePath}`)
    for (const [index, { staticRate, cachedRate }] of rounds.entries()) {
      console.log(
        `  round ${index + 1}: static ${staticRate.toFixed(0)} req/s, Next behind nginx ${cachedRate.toFixed(0)} req/s (${(cachedRate / staticRate).toFixed(2)}×)`,
      )
    }
    console.log(`  nginx static file         ${staticMedian.toFixed(0)} req/s (median)`)
    console.log(
      `  Next alone (ISR cached)   ${nextRate.toFixed(0)} req/s  (${(nextRate / staticMedian).toFixed(2)}× static)`,
    )
    console.log(
      `  Next behind nginx         ${median(rounds.map((r) => r.cachedRate)).toFixed(0)} req/s (median)  (${median(rounds.map((r) => r.cachedRate / r.staticRate)).toFixed(2)}× static, median of rounds)`,
    )
  } finally {
    await nginx.stop()
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
