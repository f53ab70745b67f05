import type { Field } from 'payload'

/** "headlineFindings" → "Headline findings". */
export const wordsOf = (name: string): string => {
  const words = name
    .replace(/[-_]/g, ' ')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .trim()
    .toLowerCase()
  return words.charAt(0).toUpperCase() + words.slice(1)
}

/** A label as people read it: a configured string label, or the name in words. */
export const labelOf = (field: Field, fallback: string): string => {
  const label = 'label' in field ? field.label : undefined
  if (typeof label === 'string' && label.trim()) return label
  if (label && typeof label === 'object') {
    const english = (label as Record<string, unknown>).en
    if (typeof english === 'string') return english
  }
  return wordsOf(fallback)
}
