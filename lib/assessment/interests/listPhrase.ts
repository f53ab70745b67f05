/** 'A', 'A and B', 'A, B and C': the way the site's sentences list things (no serial comma). */
export const listPhrase = (items: readonly string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`
