import crypto from 'node:crypto'

import { slugify } from '../../slugify'
import { normaliseTerm } from '../../search/normalise'

/**
 * Slugs for imported documents that never collide with one already taken and never change between
 * runs: the plain slug when free, else the slug with a suffix derived from the document's own key.
 */
export const slugAllocator = (taken: Iterable<string>) => {
  const used = new Set(taken)
  return ({ label, key, current }: { label: string; key: string; current?: string | null }): string => {
    if (current) return current
    const plain = slugify(normaliseTerm(label)) || 'untitled'
    const slug = used.has(plain) ? `${plain}-${suffixOf(key)}` : plain
    used.add(slug)
    return slug
  }
}

const suffixOf = (key: string): string =>
  /^\d{2}-\d{4}\.\d{2}$/.test(key)
    ? slugify(key)
    : crypto.createHash('sha256').update(key).digest('hex').slice(0, 6)
