/** Words and shapes that mean "nothing real was filled in here". */
const PLACEHOLDER_WORDS =
  /\b(unknown|tbd|tba|todo|fixme|lorem|ipsum|n\/a|undefined|null|nan|placeholder)\b|\[object object\]/i

/**
 * A slot where a number should stand but does not: "above .", "by %", "from  to", "XX%", "{{value}}".
 * The sentence still reads, which is exactly why such pages slip through.
 */
const EMPTY_NUMBER_SLOT =
  /\b(?:above|below|by|of|than|to|at|from|about|around|over|under|reached|is|was|n\s*=)\s+(?:%|\.(?:\s|$)|,|;)|\bx{2,}\s*%|\{\{[^}]*\}\}|\$\{[^}]*\}/i

/** Returns what is wrong with a piece of text meant for a published page, or null when it is fine. */
export const placeholderProblem = (text: string): string | null => {
  const word = text.match(PLACEHOLDER_WORDS)
  if (word) return `contains the placeholder "${word[0]}"`
  const slot = text.match(EMPTY_NUMBER_SLOT)
  if (slot) return `has a number missing ("${slot[0].trim()}")`
  return null
}

/** Numbers written in a sentence: "−40%", "2,900", "0.51", "170 million" → 40, 2900, 0.51, 170. */
export const numbersIn = (text: string): number[] =>
  [...text.matchAll(/\d[\d,]*(?:\.\d+)?|\.\d+/g)].map((match) => Number(match[0].replace(/,/g, '')))
