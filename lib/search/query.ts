import { normaliseTerm } from './normalise'

/** Longer input is cut: nobody types a name this long, and every word is one more database condition. */
export const MAX_QUERY_LENGTH = 100
export const MAX_QUERY_WORDS = 6

export type SearchQuery = {
  /** What the reader typed, trimmed and cut to length: shown back to them. */
  text: string
  /** The same, normalised as names are (`normaliseTerm`): "C++ Programmer" → "c plus plus programmer". */
  phrase: string
  /** Its words, at most MAX_QUERY_WORDS, each matched at the start of a word in a name. */
  words: string[]
}

/** The reader's query, or null when it holds nothing to search by (empty, only punctuation). */
export const parseSearchQuery = (raw: unknown): SearchQuery | null => {
  const text = (typeof raw === 'string' ? raw : Array.isArray(raw) ? String(raw[0] ?? '') : '')
    .trim()
    .slice(0, MAX_QUERY_LENGTH)
  const words = normaliseTerm(text).split(' ').filter(Boolean).slice(0, MAX_QUERY_WORDS)
  if (words.length === 0) return null
  return { text, phrase: words.join(' '), words }
}
