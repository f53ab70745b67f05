import { tagsForSkill } from '../../../lib/cache/affectedTags'
import { revalidationHooks } from '../../../lib/cache/revalidationHooks'

/** Refreshes the skill's pages and every page naming it in a cluster, adjacency or pairing. */
export const revalidateSkill = revalidationHooks({ affectedTags: tagsForSkill })
