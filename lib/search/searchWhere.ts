import type { Where } from 'payload'

import type { SearchQuery } from './query'

/*
 * Conditions on the `searchText` field (see normalise.ts: ` word word |` per name). Payload's
 * `contains` is a LIKE on SQLite and an escaped regular expression on MongoDB, so the same
 * condition runs on both; a leading space anchors a word to the start of a word.
 */

/** Every word of the query starts a word somewhere in the document's names (each word once). */
export const allWordsWhere = (query: SearchQuery): Where => ({
  and: [...new Set(query.words)].map((word) => ({ searchText: { contains: ` ${word}` } })),
})

/** Some name of the document ends with the whole query: every name equal to it is among these. */
export const nameEndsWithWhere = (query: SearchQuery): Where => ({
  searchText: { contains: ` ${query.phrase} |` },
})

/** The names a document is found by, back from its `searchText`. */
export const namesOf = (searchText: string | null | undefined): string[] =>
  (searchText ?? '')
    .split('|')
    .map((name) => name.trim())
    .filter(Boolean)
