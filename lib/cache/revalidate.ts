import { revalidateTag } from 'next/cache'
import type { PayloadRequest } from 'payload'

import { advanceGenerations } from './generations.mjs'

/** Next throws this when called outside a request it serves: a script, a test, the seed, a cron. */
const OUTSIDE_NEXT = /static generation store missing/
const COMMIT_POLL_MS = 20
const COMMIT_WAIT_MS = 60_000

/** Runs `then` once the request's transaction is over: Payload removes its id on commit and rollback. */
const afterTransaction = (req: PayloadRequest | undefined, then: () => void) => {
  const deadline = Date.now() + COMMIT_WAIT_MS
  const check = () => {
    if (req?.transactionID && Date.now() < deadline) setTimeout(check, COMMIT_POLL_MS).unref()
    else then()
  }
  check()
}

/**
 * Expires cached pages by tag, at once: the next request renders the new state rather than being
 * served the old page while a new one renders in the background ('max'), since a correction or a
 * withdrawn claim must not be shown again. Next applies its expiry after the request that made the
 * change has finished, so after its transaction commits.
 *
 * Next's expiry only works inside a request it is serving. The jobs cron that publishes on schedule
 * runs outside one: Next either throws, or, since the cron keeps the async context of the request
 * that started it, files the expiry with that long-finished request, where it is silently lost. So
 * the tags' generations are also advanced here (lib/cache/generations.mjs), which makes this
 * process's cache treat data and pages read before as outdated: once now and once after the change's
 * transaction ends, so that a page read between the two, before the commit, is not kept either. In a
 * script or a test this touches nothing but an unused registry. Any other error is real and is thrown.
 */
export const expireTags = (tags: Iterable<string>, req?: PayloadRequest): string[] => {
  const unique = [...new Set(tags)]
  try {
    for (const tag of unique) revalidateTag(tag, { expire: 0 })
  } catch (error) {
    if (!(error instanceof Error && OUTSIDE_NEXT.test(error.message))) throw error
  }
  advanceGenerations(unique)
  afterTransaction(req, () => advanceGenerations(unique))
  return unique
}
