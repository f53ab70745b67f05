import { idFor, type KeyMap, type SeedContext } from '../context'
import type { FindingSeed } from '../data/types'
import { findOrCreate } from '../findOrCreate'
import { progress } from '../progress'

export const seedFindings = async (
  ctx: SeedContext,
  { findings, sourceIds }: { findings: FindingSeed[]; sourceIds: KeyMap },
): Promise<KeyMap> => {
  const ids: KeyMap = new Map()
  const bar = progress(ctx.log, 'findings', findings.length)
  for (const finding of findings) {
    const { id, created } = await findOrCreate({
      ctx,
      collection: 'findings',
      where: { headline: { equals: finding.headline } },
      data: {
        headline: finding.headline,
        statement: finding.statement,
        source: idFor(sourceIds, finding.source, 'source'),
        figures: finding.numbers,
        topic: finding.topic,
        population: finding.population,
        scope: finding.scope,
        certainty: finding.certainty,
        limitations: finding.limitations,
      },
    })
    ids.set(finding.key, id)
    bar.tick(created)
  }
  bar.finish()
  return ids
}
