import { z } from 'zod'

/**
 * One value of a controlled vocabulary. Editors see `label` in the admin; readers see `readerLabel`
 * when the two audiences need different words ("Low" in a select, "Low band" on a page).
 */
export type Term<V extends string = string> = {
  readonly value: V
  readonly label: string
  readonly readerLabel?: string
  /** One line saying what the value means, for a legend beside the scale. */
  readonly legend?: string
  /** Position on an ordinal scale, 1 the lowest. Only ordinal vocabularies set it. */
  readonly rank?: number
}

export type Vocabulary<V extends string = string> = readonly Term<V>[]

/** The stored values of a vocabulary as a union type. */
export type ValueOf<T extends Vocabulary> = T[number]['value']

/** The values in their defined order, typed for `z.enum` and `includes` checks. */
export const valuesOf = <const T extends Vocabulary>(vocabulary: T): [ValueOf<T>, ...ValueOf<T>[]] => {
  const values = vocabulary.map((term) => term.value)
  if (values.length === 0) throw new Error('A vocabulary needs at least one term.')
  return values as [ValueOf<T>, ...ValueOf<T>[]]
}

export const isValueOf = <const T extends Vocabulary>(vocabulary: T, value: unknown): value is ValueOf<T> =>
  vocabulary.some((term) => term.value === value)

const termOf = (vocabulary: Vocabulary, value: string): Term | undefined =>
  vocabulary.find((term) => term.value === value)

/**
 * Options for a Payload select field. A fresh array of fresh objects on every call: Payload annotates
 * field config while sanitising, so two collections must never share one.
 */
export const selectOptions = (vocabulary: Vocabulary): { label: string; value: string }[] =>
  vocabulary.map(({ label, value }) => ({ label, value }))

/** The admin word for a value; an unknown value is returned as stored so nothing renders empty. */
export const editorLabel = (vocabulary: Vocabulary, value: string): string =>
  termOf(vocabulary, value)?.label ?? value

/** The reader's word for a value, falling back to the editor's word, then to the value itself. */
export const readerLabel = (vocabulary: Vocabulary, value: string): string => {
  const term = termOf(vocabulary, value)
  return term?.readerLabel ?? term?.label ?? value
}

/** "peer-reviewed (Peer-reviewed), preprint (Preprint or working paper)": what a refusal lists. */
export const allowedValues = (vocabulary: Vocabulary): string =>
  vocabulary.map(({ value, label }) => `${value} (${label})`).join(', ')

/**
 * A zod enum of the vocabulary's values. The default message names the allowed values, so a refusal
 * tells the sender what would have been accepted.
 */
export const zodEnum = <const T extends Vocabulary>(vocabulary: T, what = 'The value') =>
  z.enum(valuesOf(vocabulary), {
    error: (issue) =>
      `${what} ${issue.input === undefined || issue.input === null ? 'is missing' : `"${String(issue.input)}" is not allowed`}; the allowed values are ${allowedValues(vocabulary)}.`,
  })

/** The terms of an ordinal vocabulary from lowest to highest rank. */
export const byRank = <V extends string>(vocabulary: Vocabulary<V>): Term<V>[] => {
  if (vocabulary.some((term) => term.rank === undefined)) throw new Error('Not an ordinal vocabulary.')
  return [...vocabulary].sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0))
}

export const rankOf = (vocabulary: Vocabulary, value: string): number | undefined =>
  termOf(vocabulary, value)?.rank

/** The legend a page prints beside a scale: each value's reader word and what it means. */
export const legendOf = (vocabulary: Vocabulary): { term: string; meaning: string }[] =>
  vocabulary.flatMap((term) =>
    term.legend ? [{ term: term.readerLabel ?? term.label, meaning: term.legend }] : [],
  )
