import { tagsForAssessment } from '../../../lib/cache/affectedTags'
import { revalidationHooks } from '../../../lib/cache/revalidationHooks'

/** Refreshes the sitemap that lists the assessment and the evidence pages of the skill it measures. */
export const revalidateAssessment = revalidationHooks({ affectedTags: tagsForAssessment })
