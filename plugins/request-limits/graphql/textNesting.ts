/**
 * The most brackets — `{`, `(` or `[` — open at once in a GraphQL document, skipping strings and
 * comments. Parsers and validators recurse once per level, so this is checked before any of them.
 */
export const textNesting = (text: string): number => {
  let open = 0
  let deepest = 0
  for (let i = 0; i < text.length; i++) {
    const char = text[i]
    if (char === '#') {
      const end = text.indexOf('\n', i)
      i = end === -1 ? text.length : end
    } else if (text.startsWith('"""', i)) {
      const end = text.indexOf('"""', i + 3)
      i = end === -1 ? text.length : end + 2
    } else if (char === '"') {
      i += 1
      while (i < text.length && text[i] !== '"' && text[i] !== '\n') i += text[i] === '\\' ? 2 : 1
    } else if (char === '{' || char === '(' || char === '[') {
      open += 1
      deepest = Math.max(deepest, open)
    } else if (char === '}' || char === ')' || char === ']') {
      open -= 1
    }
  }
  return deepest
}
