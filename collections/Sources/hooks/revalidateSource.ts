import { tagsForSource } from '../../../lib/cache/affectedTags'
import { revalidationHooks } from '../../../lib/cache/revalidationHooks'
import { isUnreliableStatus } from '../../../lib/evidence/model'

type Verified = { verification?: { status?: string | null } | null }

const statusOf = (doc: unknown) => (doc as Verified | undefined)?.verification?.status ?? 'unverified'

/**
 * Refreshes the source's page and every page citing it. A retraction or dispute, or its withdrawal,
 * expires those pages at once: the notice must show on the very next request.
 */
export const revalidateSource = revalidationHooks({
  affectedTags: (lookup, versions) => tagsForSource(lookup, String(versions[0]?.id)),
  urgent: (doc, previousDoc) =>
    statusOf(doc) !== statusOf(previousDoc) &&
    (isUnreliableStatus(statusOf(doc)) || isUnreliableStatus(statusOf(previousDoc))),
})
