import { revalidateTag } from 'next/cache'

/** Next throws this when called outside a request it serves: a script, a test, the seed. */
const OUTSIDE_NEXT = /static generation store missing/

/**
 * Expires cached pages by tag, at once: the next request renders the new state rather than being
 * served the old page while a new one renders in the background ('max'), since a correction or a
 * withdrawn claim must not be shown again. Next applies the expiry after the request that made the
 * change has finished, so after its transaction commits. Outside a Next server there is no page
 * cache in this process, so there is nothing to expire and the change is kept; any other error is
 * real and is thrown.
 */
export const expireTags = (tags: Iterable<string>): string[] => {
  const unique = [...new Set(tags)]
  for (const tag of unique) {
    try {
      revalidateTag(tag, { expire: 0 })
    } catch (error) {
      if (!(error instanceof Error && OUTSIDE_NEXT.test(error.message))) throw error
    }
  }
  return unique
}
