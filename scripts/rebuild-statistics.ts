/*
 * `npm run stats:rebuild [slug…]`: recomputes the running statistics of every assessment (or of
 * those named) from all their stored responses, and the reliability published from them. Needed
 * only to repair figures by hand: submissions keep them current, a deleted response or a change to
 * the items rebuilds them on its own.
 */
import { migrateDatabase } from '../server/migrateDatabase'

const main = async () => {
  const slugs = process.argv.slice(2)
  const [{ default: config }, { getPayload }, { rebuildStatistics }] = await Promise.all([
    import('../payload.config'),
    import('payload'),
    import('../lib/assessment/running/rebuildStatistics'),
  ])
  const payload = await getPayload({ config })
  try {
    await migrateDatabase(payload)
    const { docs } = await payload.find({
      collection: 'assessments',
      where: slugs.length ? { slug: { in: slugs } } : {},
      depth: 0,
      pagination: false,
      select: { slug: true },
    })
    const missing = slugs.filter((slug) => !docs.some((doc) => doc.slug === slug))
    if (missing.length) throw new Error(`No assessment with the slug ${missing.join(', ')}.`)
    for (const doc of docs) {
      const started = performance.now()
      const reliability = await rebuildStatistics({ payload, assessmentId: String(doc.id) })
      const { live, synthetic } = reliability.responses
      const alphas = reliability.dimensions
        .map((entry) => `${entry.dimension} ${entry.alpha === null ? '—' : entry.alpha.toFixed(3)}`)
        .join(', ')
      const seconds = ((performance.now() - started) / 1000).toFixed(1)
      console.log(
        `${doc.slug}: ${live} live and ${synthetic} synthetic responses, alpha ${alphas} (${seconds} s)`,
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
