import { idFor, idsFor, type KeyMap, SEED_CONTEXT, type SeedContext } from '../context'
import type { CareerSeed } from '../data/types'
import { findOrCreate } from '../findOrCreate'
import { progress } from '../progress'

/** Careers first, then the links between them, which can only point at careers that exist. */
export const seedCareers = async (
  ctx: SeedContext,
  { careers, skillIds, findingIds }: { careers: CareerSeed[]; skillIds: KeyMap; findingIds: KeyMap },
): Promise<KeyMap> => {
  const ids: KeyMap = new Map()
  const created = new Set<string>()
  const bar = progress(ctx.log, 'careers', careers.length)
  for (const career of careers) {
    const result = await findOrCreate({
      ctx,
      collection: 'careers',
      where: { slug: { equals: career.slug } },
      data: {
        title: career.title,
        slug: career.slug,
        summary: career.summary,
        demandProfile: career.demandProfile,
        demandBasis: {
          ...career.demandBasis,
          finding: career.demandBasis.finding
            ? idFor(findingIds, career.demandBasis.finding, 'finding')
            : undefined,
        },
        taxonomy: career.taxonomy,
        skillClusters: career.skillClusters.map(({ label, skills }) => ({
          label,
          skills: idsFor(skillIds, skills, 'skill'),
        })),
      },
    })
    ids.set(career.slug, result.id)
    if (result.created) created.add(career.slug)
    bar.tick(result.created)
  }
  bar.finish()

  for (const career of careers.filter(({ slug }) => created.has(slug))) {
    await ctx.payload.update({
      collection: 'careers',
      id: ids.get(career.slug)!,
      data: { relatedCareers: idsFor(ids, career.related, 'career'), _status: 'published' },
      context: SEED_CONTEXT,
      depth: 0,
      req: ctx.req,
    })
  }
  return ids
}
