import type { CollectionConfig } from 'payload'

type Label = CollectionConfig['labels'] extends infer L
  ? L extends { singular?: infer S }
    ? S
    : never
  : never

/** A label as the admin shows it in English: configs may give a string, translations or a function. */
const inEnglish = (label: Label | undefined): string | undefined => {
  if (typeof label === 'string') return label
  if (label && typeof label === 'object') return (label as Record<string, string>).en
  return undefined
}

/** "Finding", not "findings": how people name a collection's documents. */
export const singularLabel = (collection: Pick<CollectionConfig, 'labels' | 'slug'>): string =>
  inEnglish(collection.labels?.singular) ?? collection.slug
