/*
 * Which version of each cache tag's data is current, in this server process.
 *
 * Next stamps a cache entry with the time it was *stored*, and a tag expiry only reaches entries stored
 * before it. A page whose render read the database just before a publish committed, and finished just
 * after the tag was expired, is therefore kept as fresh with the old content (seen as a correction that
 * never reached readers). So every expiry also advances the tag's generation, cached data is stored
 * under the generation it was read in, and pages carry that generation as a marker tag: a page built
 * from an older generation is treated as expired, whenever it was stored.
 *
 * Plain JavaScript because Next's cache handler (`cacheHandler.mjs`) loads it outside the app bundle;
 * the registry sits on globalThis because the bundle has its own copy of this module.
 */
import crypto from 'node:crypto'

const REGISTRY = Symbol.for('career-evidence.cache-generations')
// '#' never reaches the server in a URL, so no implicit path tag contains it.
const MARKER = '#'

/** @returns {{ boot: string, counts: Map<string, number> }} */
const registry = () => {
  // A fresh boot id per process: markers left on disk by an earlier process never look current.
  globalThis[REGISTRY] ??= { boot: crypto.randomBytes(4).toString('hex'), counts: new Map() }
  return globalThis[REGISTRY]
}

/** @param {string} tag */
const generationOf = (tag) => `${registry().boot}.${registry().counts.get(tag) ?? 0}`

/**
 * The marker tag naming the current generation of `tag`, e.g. `career:nurse#1a2b3c4d.3`.
 * @param {string} tag
 * @returns {string}
 */
export const generationMarker = (tag) => `${tag}${MARKER}${generationOf(tag)}`

/**
 * Called when tags are expired, after the change that expired them is committed.
 * @param {Iterable<string>} tags
 */
export const advanceGenerations = (tags) => {
  const { counts } = registry()
  for (const tag of tags) counts.set(tag, (counts.get(tag) ?? 0) + 1)
}

/**
 * True for a marker tag whose generation is no longer current; false for any other tag.
 * @param {string} tag
 * @returns {boolean}
 */
export const isOutdatedMarker = (tag) => {
  const at = tag.lastIndexOf(MARKER)
  return at > 0 && tag.slice(at + 1) !== generationOf(tag.slice(0, at))
}
