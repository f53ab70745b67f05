import { revalidateTag } from 'next/cache'

/** Next throws this when called outside a request it serves: a script, a test, the seed. */
const OUTSIDE_NEXT = /static generation store missing/

type ExpireArgs = {
  tags: Iterable<string>
  /**
   * Expire at once rather than serve the old page while a new one renders: for anything a reader must
   * not see again (an unpublished page, a retracted source) and for a first publish.
   */
  immediately: boolean
}

/**
 * Expires cached pages by tag. Outside a Next server there is no page cache in this process, so
 * there is nothing to expire and the change is kept; any other error is real and is thrown.
 */
export const expireTags = ({ tags, immediately }: ExpireArgs): string[] => {
  const unique = [...new Set(tags)]
  for (const tag of unique) {
    try {
      revalidateTag(tag, immediately ? { expire: 0 } : 'max')
    } catch (error) {
      if (!(error instanceof Error && OUTSIDE_NEXT.test(error.message))) throw error
    }
  }
  return unique
}
