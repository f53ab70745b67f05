/*
 * `npm run bench:submit`: latency and throughput of assessment submissions at 1 and 50 concurrent
 * clients, with 1,000 and then 100,000 responses stored. Runs in this process against a fresh SQLite
 * database in a temporary folder, calling `submitAssessment` — the function behind both the REST
 * endpoint and the no-JavaScript form route — so the figures are the submit pipeline's own work
 * (rate limit, parsing, validation, scoring, the transactional write), not Next's HTTP server or a
 * load generator competing for the same two cores. Stored responses are inserted through the SQLite
 * adapter's Drizzle table in batches (Payload has no bulk create), then the running statistics are
 * rebuilt once, the way `npm run stats:rebuild` does. Each phase also measures a same-run baseline:
 * the same call refused by validation before any write. Prints figures; asserts nothing.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'

import { median } from './lib/benchSummary'

/** `--stored 1000,100000` and `--clients 1,50` (the defaults) choose the phases. */
const option = (name: string, fallback: number[]) => {
  const at = process.argv.indexOf(`--${name}`)
  return at === -1 ? fallback : process.argv[at + 1].split(',').map(Number)
}
const STORED = option('stored', [1_000, 100_000])
const CLIENTS = option('clients', [1, 50])
/** Requests per phase: enough for a stable p99 (15 above it at 1,500). */
const requestsFor = (clients: number) => (clients === 1 ? 300 : 1500)
const WARM_UP = 50
const BATCH = 500
const SLUG = 'work-interests'

type Submit = (body: string) => Promise<number>
type Figures = { requests: number; p50: number; p99: number; perSecond: number; failures: number }

const percentile = (sorted: number[], share: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)]

/** Closed-loop clients: each sends its next request when its last one is answered. */
const measure = async ({
  submit,
  bodies,
  clients,
  total,
}: {
  submit: Submit
  bodies: () => string
  clients: number
  total: number
}): Promise<Figures> => {
  const latencies: number[] = []
  let issued = 0
  let failures = 0
  const client = async () => {
    while (issued < total) {
      issued++
      const body = bodies()
      const started = performance.now()
      const status = await submit(body)
      latencies.push(performance.now() - started)
      if (status >= 500) failures++
    }
  }
  const started = performance.now()
  await Promise.all(Array.from({ length: clients }, client))
  const seconds = (performance.now() - started) / 1000
  const sorted = latencies.sort((a, b) => a - b)
  return {
    requests: total,
    p50: median(sorted),
    p99: percentile(sorted, 0.99),
    perSecond: total / seconds,
    failures,
  }
}

/** Live responses inserted straight into the table, a batch per statement, with their scores. */
const insertResponses = async ({
  payload,
  count,
  answersPool,
}: {
  payload: Payload
  count: number
  answersPool: Record<string, number>[]
}) => {
  const [{ scoreAnswers }, { toInstrument }] = await Promise.all([
    import('../lib/assessment/scoring/scoreAnswers'),
    import('../lib/assessment/toInstrument'),
  ])
  const { docs } = await payload.find({
    collection: 'assessments',
    where: { slug: { equals: SLUG } },
    depth: 0,
  })
  const instrument = toInstrument(docs[0])
  const adapter = payload.db as unknown as {
    drizzle: { insert: (table: unknown) => { values: (rows: unknown[]) => Promise<unknown> } }
    tables: Record<string, unknown>
  }
  const now = Date.now()
  for (let done = 0; done < count; done += BATCH) {
    const rows = Array.from({ length: Math.min(BATCH, count - done) }, (_, index) => {
      const answers = answersPool[(done + index) % answersPool.length]
      const createdAt = new Date(now - (count - done - index) * 1000).toISOString()
      return {
        id: crypto.randomUUID(),
        assessment: instrument.id,
        resultId: crypto.randomBytes(18).toString('base64url'),
        sample: 'live',
        answers,
        scores: scoreAnswers(instrument, answers),
        percentiles: {},
        recommendations: { items: [] },
        createdAt,
        updatedAt: createdAt,
      }
    })
    await adapter.drizzle.insert(adapter.tables.assessment_responses).values(rows)
  }
  return instrument.id
}

const row = (cells: (string | number)[]) =>
  cells.map((cell, index) => String(cell).padStart(index === 0 ? 9 : 10)).join('')

const main = async () => {
  process.env.ASSESSMENT_SUBMIT_LIMIT = String(Number.MAX_SAFE_INTEGER)
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'career-evidence-bench-submit-'))
  process.env.DATABASE_URI = `file:${path.join(folder, 'bench.db')}`
  const [{ default: config }, { getPayload }, { migrateDatabase }, { seedDemoContent }] = await Promise.all([
    import('../payload.config'),
    import('payload'),
    import('../server/migrateDatabase'),
    import('../seed/index'),
  ])
  const [
    { submitAssessment },
    { rebuildStatistics },
    { syntheticSample },
    { workInterests },
    { instrumentFromSeed },
  ] = await Promise.all([
    import('../lib/assessment/submit/submitAssessment'),
    import('../lib/assessment/running/rebuildStatistics'),
    import('../seed/assessments/syntheticSample'),
    import('../seed/assessments/workInterests'),
    import('../seed/assessments/toInstrumentSeed'),
  ])
  const payload = await getPayload({ config })
  if (payload.db.name !== 'sqlite')
    throw new Error('bench:submit fills the database through the SQLite adapter.')
  try {
    await migrateDatabase(payload)
    await seedDemoContent({ payload })
    const answersPool = syntheticSample({
      instrument: instrumentFromSeed(workInterests),
      ...workInterests.synthetic,
      respondents: 5000,
      retakes: 0,
    }).map((respondent) => respondent.answers as Record<string, number>)
    let next = 0
    const valid = () =>
      JSON.stringify({
        answers: answersPool[next++ % answersPool.length],
        idempotencyKey: crypto.randomUUID(),
      })
    const refused = () =>
      JSON.stringify({
        answers: { ...answersPool[next++ % answersPool.length], r1: 9 },
        idempotencyKey: crypto.randomUUID(),
      })
    const submit: Submit = async (body) =>
      (
        await submitAssessment({
          payload,
          slug: SLUG,
          clientKey: `bench-${crypto.randomInt(1e9)}`,
          request: {
            headers: new Headers({ 'content-type': 'application/json' }),
            body: new Response(body).body,
          },
        })
      ).status

    console.log(
      `bench:submit ${new Date().toISOString()} · ${os.cpus().length} cores · load ${os
        .loadavg()
        .map((value) => value.toFixed(1))
        .join(' ')}`,
    )
    console.log(
      row([
        'stored',
        'clients',
        'requests',
        'p50 ms',
        'p99 ms',
        'req/s',
        'base p50',
        'base p99',
        'base r/s',
        'load',
      ]),
    )
    let stored = (await payload.count({ collection: 'assessment-responses' })).totalDocs
    for (const target of STORED) {
      const assessmentId = await insertResponses({ payload, count: target - stored, answersPool })
      const started = performance.now()
      await rebuildStatistics({ payload, assessmentId })
      const rebuildSeconds = (performance.now() - started) / 1000
      stored = (await payload.count({ collection: 'assessment-responses' })).totalDocs
      console.log(
        `  ${stored} responses stored; running statistics rebuilt from all of them in ${rebuildSeconds.toFixed(1)} s`,
      )
      await measure({ submit, bodies: valid, clients: 1, total: WARM_UP })
      for (const clients of CLIENTS) {
        const total = requestsFor(clients)
        const baseline = await measure({ submit, bodies: refused, clients, total })
        const figures = await measure({ submit, bodies: valid, clients, total })
        const format = (value: number) => value.toFixed(1)
        console.log(
          row([
            target,
            clients,
            total,
            format(figures.p50),
            format(figures.p99),
            Math.round(figures.perSecond),
            format(baseline.p50),
            format(baseline.p99),
            Math.round(baseline.perSecond),
            os.loadavg()[0].toFixed(1),
          ]),
        )
        if (figures.failures) console.log(`  ${figures.failures} submissions failed`)
      }
      stored = (await payload.count({ collection: 'assessment-responses' })).totalDocs
    }
  } finally {
    await payload.destroy()
    fs.rmSync(folder, { recursive: true, force: true })
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  },
)
