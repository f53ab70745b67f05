/*
 * `npm run bench:search [query…] [--runs N]`: how long a search takes on the catalogue in DATABASE_URI
 * (run it on a database `npm start` loaded with the full O*NET release). For each query: the median
 * and 95th percentile of N uncached searches after one warm-up, the database queries each made, and
 * how many careers and skills matched. Prints figures; asserts nothing.
 */
import { loadSearch } from '../lib/data/pages/searchPage'
import { parseSearchQuery } from '../lib/search/query'
import { countAdapterCalls } from '../tests/helpers/countQueries'

const DEFAULT_QUERIES = [
  'programmer',
  'RN',
  'sous chef',
  'software developer',
  'python',
  'excel',
  'a',
  'xyzzy',
]

const percentile = (values: number[], share: number): number => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)]!
}

const argsOf = (argv: string[]) => {
  const queries: string[] = []
  let runs = 20
  for (let index = 0; index < argv.length; index += 1) {
    if (argv[index] === '--runs') runs = Number(argv[++index])
    else if (argv[index] !== '--') queries.push(argv[index]!)
  }
  return { runs, queries: queries.length ? queries : DEFAULT_QUERIES }
}

const main = async () => {
  const { runs, queries } = argsOf(process.argv.slice(2))
  const [{ default: config }, { getPayload }] = await Promise.all([
    import('../payload.config'),
    import('payload'),
  ])
  const payload = await getPayload({ config })
  try {
    const [careers, skills] = await Promise.all([
      payload.count({ collection: 'careers' }),
      payload.count({ collection: 'skills' }),
    ])
    console.log(
      `Catalogue: ${careers.totalDocs} careers, ${skills.totalDocs} skills; ${runs} runs per query.`,
    )
    console.log(
      `  ${'query'.padEnd(20)}${'p50 ms'.padStart(8)}${'p95 ms'.padStart(8)}${'queries'.padStart(9)}  matches`,
    )
    for (const text of queries) {
      const query = parseSearchQuery(text)
      if (!query) continue
      const { calls, result } = await countAdapterCalls(payload, () => loadSearch({ payload, query }))
      const times: number[] = []
      for (let run = 0; run < runs; run += 1) {
        const started = performance.now()
        await loadSearch({ payload, query })
        times.push(performance.now() - started)
      }
      console.log(
        `  ${JSON.stringify(text).padEnd(20)}${percentile(times, 0.5).toFixed(1).padStart(8)}${percentile(
          times,
          0.95,
        )
          .toFixed(1)
          .padStart(
            8,
          )}${String(calls).padStart(9)}  ${result.careers.total} careers, ${result.skills.total} skills` +
          ` (best: ${result.careers.shown[0]?.title ?? '—'} / ${result.skills.shown[0]?.title ?? '—'})`,
      )
    }
  } finally {
    await payload.destroy()
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error)
    process.exit(1)
  },
)
