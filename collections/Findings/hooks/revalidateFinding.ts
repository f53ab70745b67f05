import { tagsForFindings } from '../../../lib/cache/affectedTags'
import { revalidationHooks } from '../../../lib/cache/revalidationHooks'
import { idOf } from '../../../lib/data/read/ids'

/** Refreshes every page and FAQ citing the finding, and its source's page (old and new source). */
export const revalidateFinding = revalidationHooks({
  affectedTags: (lookup, versions) =>
    tagsForFindings(
      lookup,
      versions.map((version) => String(version.id)),
      versions.map((version) => idOf(version.source) ?? '').filter(Boolean),
    ),
})
