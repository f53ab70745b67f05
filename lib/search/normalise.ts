/**
 * One spelling for matching names and search terms: lower case ASCII words separated by single spaces,
 * with the symbols that tell technologies apart kept as words ("C++" → "c plus plus", "C#" → "c sharp"),
 * so "C", "C#" and "C++" stay three different things.
 */
export const normaliseTerm = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\+/g, ' plus ')
    .replace(/#/g, ' sharp ')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()

/**
 * The text a document is searched by: every name it goes by, normalised, each word preceded by a
 * space and each name closed by " |", so that "contains ' word'" matches whole words and word
 * starts on every database (see `lib/search/searchWhere.ts`).
 */
export const searchTextOf = (names: Iterable<string | null | undefined>): string => {
  const unique = new Set<string>()
  for (const name of names) {
    const term = name ? normaliseTerm(name) : ''
    if (term) unique.add(term)
  }
  return [...unique].map((term) => ` ${term} |`).join('')
}
