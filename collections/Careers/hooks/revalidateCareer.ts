import { tagsForCareer } from '../../../lib/cache/affectedTags'
import { revalidationHooks } from '../../../lib/cache/revalidationHooks'

/** Refreshes the career's pages, careers that list it as related, and skill pages that name it. */
export const revalidateCareer = revalidationHooks({ affectedTags: tagsForCareer })
