import { tagsForFaqs } from '../../../lib/cache/affectedTags'
import { revalidationHooks } from '../../../lib/cache/revalidationHooks'
import type { Faq } from '../../../payload-types'

/** Refreshes the pages of the careers and skills the FAQ belongs to, before and after the change. */
export const revalidateFaq = revalidationHooks({
  affectedTags: (lookup, versions) => tagsForFaqs(lookup, versions as unknown as Faq[]),
})
