import { tagsForSource } from '../../../lib/cache/affectedTags'
import { revalidationHooks } from '../../../lib/cache/revalidationHooks'

/**
 * Refreshes the source's page and every page citing it, so a retraction or dispute notice shows on
 * the very next request.
 */
export const revalidateSource = revalidationHooks({
  affectedTags: (lookup, versions) => tagsForSource(lookup, String(versions[0]?.id)),
})
