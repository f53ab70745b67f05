/*
 * Next's own file-system cache (memory plus `.next`), with two rules added: a page built from data of
 * an older generation than its tags' current one is expired (see `generations.mjs` for the race this
 * closes), and each public page stored or served from the cache is copied for the proxy to serve,
 * the copy deleted when the page expires (`pageMirror.mjs`). Next loads this file itself (`cacheHandler` in next.config.ts), so
 * it is plain JavaScript. It extends Next's default handler from its dist folder; `next` is pinned in
 * package.json, and tests/e2e/corrections.e2e.test.ts and behind-nginx.e2e.test.ts fail if an upgrade
 * changes what this relies on.
 */
import fileSystemCache from 'next/dist/server/lib/incremental-cache/file-system-cache.js'

import { advanceGenerations, isOutdatedMarker } from './generations.mjs'
import { forgetPagesTagged, mirrorPage, mirrorServedPage } from './pageMirror.mjs'

const TAGS_HEADER = 'x-next-cache-tags'

export default class GenerationCheckedCache extends fileSystemCache.default {
  /** Next calls this after the request that changed the content has finished, so after its commit. */
  async revalidateTag(tags, durations) {
    const expired = typeof tags === 'string' ? [tags] : tags
    advanceGenerations(expired)
    forgetPagesTagged(expired)
    return super.revalidateTag(tags, durations)
  }

  async get(key, ctx) {
    const entry = await super.get(key, ctx)
    const tags = entry?.value?.headers?.[TAGS_HEADER]
    if (typeof tags === 'string' && tags.split(',').some(isOutdatedMarker)) return null
    mirrorServedPage(key, entry)
    return entry
  }

  async set(key, data, ctx) {
    mirrorPage(key, data, ctx?.cacheControl?.revalidate)
    return super.set(key, data, ctx)
  }
}
