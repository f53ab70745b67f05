import { tagsForSource } from '../../../lib/cache/affectedTags'
import { revalidationHooks } from '../../../lib/cache/revalidationHooks'

/**
 * Refreshes the source's page and every page citing it, so a retraction or dispute notice shows on
 * the very next request. Each published version is looked at: a source that stops being a dataset
 * still leaves the pages that cited it as one.
 */
export const revalidateSource = revalidationHooks({
  affectedTags: async (lookup, versions) =>
    (await Promise.all(versions.map((version) => tagsForSource(lookup, version)))).flat(),
})
