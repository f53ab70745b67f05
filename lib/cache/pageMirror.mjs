/*
 * A static copy of every public page the app has cached, for the proxy in front of it to serve from
 * disk without asking the app (deploy/nginx/career-evidence.conf). Behind nginx, most page views are
 * first views of a page nobody asked for within the last second (the long tail of thousands of
 * careers and skills), so a time-based micro-cache misses them all and every one costs a trip through
 * Next. The copy instead lives exactly as long as Next's own cache entry: written when Next stores a
 * rendered page, deleted the moment a tag of the page is expired (a publish, a correction, an
 * unpublish, an import), or when the page's revalidation period is over, so what nginx serves is never
 * older than what the app itself would serve.
 *
 * Off unless PAGE_MIRROR_DIR is set, and only in the serving process (`server/serve.mjs` starts it);
 * the copies and the index of their tags belong to that process, which empties the folder when it
 * starts, since its page cache starts over too (lib/cache/generations.mjs).
 * Plain JavaScript: Next loads the cache handler, which calls this, outside the app bundle.
 */
import fs from 'node:fs'
import path from 'node:path'

import { isOutdatedMarker } from './generations.mjs'

const REGISTRY = Symbol.for('career-evidence.page-mirror')
const TAGS_HEADER = 'x-next-cache-tags'
/** Only plain page paths are copied: lower-case words, digits and hyphens between slashes. */
const PAGE_PATH = /^(?:\/[a-z0-9][a-z0-9-]*)+$/
const SWEEP_EVERY_MS = 60_000
/** Next 16 stores a page under its route's hash and its path: `/route-cache/APP_PAGE/<sha256>/$/careers/nurse`. */
const ROUTE_CACHE_KEY = /^\/route-cache\/APP_PAGE\/[0-9a-f]+\/\$(\/.*)$/

/** The page's own path, from the key Next stores it under. */
export const pagePathOf = (key) => ROUTE_CACHE_KEY.exec(key)?.[1] ?? key

/**
 * @typedef {{ folder: string, tags: Map<string, Set<string>>, pages: Map<string, { tags: string[], expires: number }>, stamps: Map<string, number>, expiredAt: Map<string, number> }} Mirror
 * @returns {Mirror | undefined}
 */
const mirror = () => globalThis[REGISTRY]

/** The file nginx looks for: `/careers/nurse` → `<folder>/careers/nurse.html`. */
export const mirrorFile = (folder, pagePath) => path.join(folder, `${pagePath}.html`)

const remove = (state, pagePath) => {
  const page = state.pages.get(pagePath)
  if (!page) return
  state.pages.delete(pagePath)
  for (const tag of page.tags) state.tags.get(tag)?.delete(pagePath)
  fs.rmSync(mirrorFile(state.folder, pagePath), { force: true })
}

/**
 * Turns the mirror on in this process: empties the folder (copies left by an earlier process may be
 * out of date) and removes copies whose revalidation period is over, once a minute.
 * @param {string} folder
 */
export const startPageMirror = (folder) => {
  const absolute = path.resolve(folder)
  fs.rmSync(absolute, { recursive: true, force: true })
  fs.mkdirSync(absolute, { recursive: true })
  const state = {
    folder: absolute,
    tags: new Map(),
    pages: new Map(),
    stamps: new Map(),
    expiredAt: new Map(),
  }
  globalThis[REGISTRY] = state
  const sweep = setInterval(() => {
    const now = Date.now()
    for (const [pagePath, page] of state.pages) if (page.expires <= now) remove(state, pagePath)
  }, SWEEP_EVERY_MS)
  sweep.unref()
  return absolute
}

/**
 * @typedef {{ kind?: string, html?: unknown, status?: number, headers?: Record<string, unknown> } | null | undefined} PageValue
 */

/** The page's path and tags when `value` is a public page that rendered (200), else null. */
const copyable = (key, value) => {
  if (value?.kind !== 'APP_PAGE' || typeof value.html !== 'string') return null
  const pagePath = pagePathOf(key)
  if ((value.status ?? 200) !== 200 || !PAGE_PATH.test(pagePath)) return null
  const header = value.headers?.[TAGS_HEADER]
  const tags = typeof header === 'string' ? header.split(',') : []
  // Rendered from data an expiry has since outdated: the app renders it again.
  if (tags.some(isOutdatedMarker)) return null
  return { pagePath, tags }
}

/**
 * Called with each entry Next stores. Copies a public page that rendered from data of the current
 * generation; anything else is left to the app. Synchronous, so no expiry can fall between the
 * checks and the write.
 * @param {string} key the key Next stores the page under
 * @param {PageValue} value
 * @param {number | false | undefined} revalidateSeconds
 */
export const mirrorPage = (key, value, revalidateSeconds) => {
  const state = mirror()
  const page = state && copyable(key, value)
  if (!page) return
  const lifetime = typeof revalidateSeconds === 'number' ? revalidateSeconds * 1000 : Infinity
  writeCopy(state, { ...page, html: value.html, expires: Date.now() + lifetime })
}

/**
 * Called with each entry Next serves from its cache. Copies a page that has no copy yet: one Next
 * rendered at build time, or stored before this process started, is served from its cache until it
 * expires and never stored again in the meantime. Only while it is still fresh: within its
 * revalidation period, and stored after the last expiry of any of its tags.
 * @param {string} key
 * @param {{ value?: PageValue, lastModified?: number, cacheControl?: { revalidate?: number | false } } | null} entry
 */
export const mirrorServedPage = (key, entry) => {
  const state = mirror()
  if (!state || !entry || state.pages.has(pagePathOf(key))) return
  const page = copyable(key, entry.value)
  const storedAt = entry.lastModified
  if (!page || typeof storedAt !== 'number') return
  if (page.tags.some((tag) => (state.expiredAt.get(tag) ?? -Infinity) >= storedAt)) return
  const revalidate = entry.cacheControl?.revalidate
  const expires = typeof revalidate === 'number' ? storedAt + revalidate * 1000 : Infinity
  if (expires <= Date.now()) return
  writeCopy(state, { ...page, html: entry.value.html, expires })
}

/** Writes the copy of one page and files it under its tags, replacing any earlier copy. */
const writeCopy = (state, { pagePath, tags, html, expires }) => {
  remove(state, pagePath)
  const file = mirrorFile(state.folder, pagePath)
  fs.mkdirSync(path.dirname(file), { recursive: true })
  // Written aside and renamed, so nginx never serves half a page.
  const partial = `${file}.${process.pid}.partial`
  fs.writeFileSync(partial, html)
  // nginx answers a browser's check with 304 when the file's modification time, to the second, and
  // its size are what the browser holds: a correction of the same length copied within the second
  // of the copy it replaces would be a 304 to the old page. Each copy of a path is one second newer.
  const stamp = Math.max(Math.floor(Date.now() / 1000), (state.stamps.get(pagePath) ?? 0) + 1)
  fs.utimesSync(partial, stamp, stamp)
  state.stamps.set(pagePath, stamp)
  fs.renameSync(partial, file)
  state.pages.set(pagePath, { tags, expires })
  for (const tag of tags) {
    if (!state.tags.has(tag)) state.tags.set(tag, new Set())
    state.tags.get(tag).add(pagePath)
  }
}

/**
 * Deletes the copy of every page carrying one of `tags`, at once: the next request for it reaches the
 * app, which renders the new state.
 * @param {Iterable<string>} tags
 */
export const forgetPagesTagged = (tags) => {
  const state = mirror()
  if (!state) return
  const now = Date.now()
  for (const tag of tags) {
    state.expiredAt.set(tag, now)
    for (const pagePath of [...(state.tags.get(tag) ?? [])]) remove(state, pagePath)
  }
}
