import { tagsForCareerSkill } from '../../../lib/cache/affectedTags'
import { revalidationHooks } from '../../../lib/cache/revalidationHooks'

/** Refreshes the evidence page, its career and skill pages, the hub and the sources it cites. */
export const revalidateCareerSkill = revalidationHooks({ affectedTags: tagsForCareerSkill })
