import { idsFor, type KeyMap, SEED_CONTEXT, type SeedContext } from '../context'
import type { SkillSeed } from '../data/types'
import { findOrCreate } from '../findOrCreate'
import { progress } from '../progress'

/** Skills first, then their adjacency, which can only point at skills that exist. */
export const seedSkills = async (ctx: SeedContext, skills: SkillSeed[]): Promise<KeyMap> => {
  const ids: KeyMap = new Map()
  const created = new Set<string>()
  const bar = progress(ctx.log, 'skills', skills.length)
  for (const skill of skills) {
    const result = await findOrCreate({
      ctx,
      collection: 'skills',
      where: { slug: { equals: skill.slug } },
      data: {
        name: skill.name,
        slug: skill.slug,
        summary: skill.summary,
        kind: skill.kind,
        aliases: (skill.aliases ?? []).map((name) => ({ name })),
      },
    })
    ids.set(skill.slug, result.id)
    if (result.created) created.add(skill.slug)
    bar.tick(result.created)
  }
  bar.finish()

  for (const skill of skills.filter(({ slug }) => created.has(slug))) {
    await ctx.payload.update({
      collection: 'skills',
      id: ids.get(skill.slug)!,
      data: { adjacentSkills: idsFor(ids, skill.adjacent, 'skill'), _status: 'published' },
      context: SEED_CONTEXT,
      depth: 0,
      req: ctx.req,
    })
  }
  return ids
}
