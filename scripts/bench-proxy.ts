/*
 * `npm run bench:proxy [next base URL] [path]`: how fast a cached Next page is served directly and
 * behind deploy/nginx's 1-second micro-cache, against nginx serving the same HTML as a static file.
 * The static file and the micro-cache take turns over several rounds (the machine's state drifts
 * between runs) and each ratio compares a pair measured back to back. Loopback only, bounded in time
 * (wrk) or count (without wrk). Prints figures; asserts nothing.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { freePort } from '../tests/helpers/startedApp'
import { median } from './lib/benchSummary'

const REQUESTS = 4000
const CONCURRENCY = 32
const WRK_SECONDS = 5
const ROUNDS = 3

const next = (process.argv[2] ?? `http://127.0.0.1:${process.env.PORT ?? '3000'}`).replace(/\/$/, '')
const pagePath = process.argv[3] ?? '/careers/backend-developer/skills/bentoml'

const hasWrk = spawnSync('wrk', ['--version']).error === undefined

/** Requests per second measured by wrk (Debian's `wrk`): a load generator that is not the bottleneck. */
const wrkThroughput = (url: string): number => {
  spawnSync('wrk', ['-t1', '-c8', '-d1s', url])
  const run = spawnSync('wrk', ['-t2', `-c${CONCURRENCY}`, `-d${WRK_SECONDS}s`, url], { encoding: 'utf8' })
  const match = run.stdout.match(/Requests\/sec:\s+([\d.]+)/)
  if (!match) throw new Error(`wrk gave no rate for ${url}: ${run.stdout}${run.stderr}`)
  if (/Non-2xx/.test(run.stdout)) throw new Error(`${url} answered errors under load: ${run.stdout}`)
  return Number(match[1])
}

/** Without wrk: REQUESTS GETs from this process, CONCURRENCY at a time (slower: Node is the limit). */
const fetchThroughput = async (url: string): Promise<number> => {
  let sent = 0
  const worker = async () => {
    while (sent < REQUESTS) {
      sent += 1
      const response = await fetch(url)
      if (response.status !== 200) throw new Error(`${url} answered ${response.status}`)
      await response.arrayBuffer()
    }
  }
  await Promise.all(Array.from({ length: 50 }, () => fetch(url).then((r) => r.arrayBuffer())))
  const started = performance.now()
  await Promise.all(Array.from({ length: CONCURRENCY }, worker))
  return REQUESTS / ((performance.now() - started) / 1000)
}

const throughput = async (url: string): Promise<number> =>
  hasWrk ? wrkThroughput(url) : fetchThroughput(url)

const nginxConfig = ({ dir, port, upstream }: { dir: string; port: number; upstream: string }) => {
  // The shipped site config, pointed at this run's app and cache folder, plus the static copy.
  const site = fs
    .readFileSync(path.resolve('deploy/nginx/career-evidence.conf'), 'utf8')
    .replace('/var/cache/nginx/career-evidence', path.join(dir, 'cache'))
    .replace('server 127.0.0.1:3000;', `server ${upstream};`)
    .replace('listen 80;', `listen 127.0.0.1:${port};\n    location = /static.html { root ${dir}; }`)
  return `worker_processes 1;\npid ${dir}/nginx.pid;\nerror_log ${dir}/error.log;\nevents { worker_connections 1024; }\nhttp {\n  access_log off;\n  client_body_temp_path ${dir}/tmp; proxy_temp_path ${dir}/tmp;\n${site}\n}\n`
}

const main = async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'career-evidence-bench-'))
  // nginx workers run unprivileged and must read the static copy.
  fs.chmodSync(dir, 0o755)
  fs.mkdirSync(path.join(dir, 'tmp'))
  fs.writeFileSync(path.join(dir, 'static.html'), await (await fetch(`${next}${pagePath}`)).text())
  const port = await freePort()
  fs.writeFileSync(path.join(dir, 'nginx.conf'), nginxConfig({ dir, port, upstream: new URL(next).host }))
  const nginx: ChildProcess = spawn(
    'nginx',
    ['-p', dir, '-c', path.join(dir, 'nginx.conf'), '-g', 'daemon off;'],
    { stdio: 'inherit' },
  )
  await new Promise((resolve) => setTimeout(resolve, 500))
  try {
    const proxy = `http://127.0.0.1:${port}`
    const nextRate = await throughput(`${next}${pagePath}`)
    const rounds: { staticRate: number; cachedRate: number }[] = []
    const measureStatic = () => throughput(`${proxy}/static.html`)
    const measureCached = () => throughput(`${proxy}${pagePath}`)
    for (let round = 0; round < ROUNDS; round++) {
      // Alternate which goes first, so neither always runs on a warmer or busier machine.
      if (round % 2 === 0) {
        const staticRate = await measureStatic()
        rounds.push({ staticRate, cachedRate: await measureCached() })
      } else {
        const cachedRate = await measureCached()
        rounds.push({ cachedRate, staticRate: await measureStatic() })
      }
    }
    const staticMedian = median(rounds.map((r) => r.staticRate))
    console.log(
      hasWrk
        ? `wrk, ${WRK_SECONDS} s per target, ${CONCURRENCY} connections, ${ROUNDS} rounds, ${pagePath}`
        : `${REQUESTS} requests per target from Node, ${CONCURRENCY} at a time, ${ROUNDS} rounds (install wrk for trustworthy ratios), ${pagePath}`,
    )
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
    nginx.kill('SIGTERM')
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
