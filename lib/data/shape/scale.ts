import { byRank, type Term } from '../../evidence/model'
import type { BasisView, ScaleStep } from '../types'

/** An ordinal scale as its legend prints it: highest first, each value with its meaning, one marked. */
export const scaleSteps = (vocabulary: readonly Term[], current: string): ScaleStep[] =>
  byRank(vocabulary)
    .reverse()
    .map((term) => ({
      value: term.value,
      label: term.readerLabel ?? term.label,
      legend: term.legend ?? '',
      current: term.value === current,
    }))

/** A basis (of a rating, a demand profile or a verdict) in the reader's words, with its meaning. */
export const basisView = <V extends string>(vocabulary: readonly Term<V>[], value: V): BasisView<V> => {
  const term = vocabulary.find((candidate) => candidate.value === value)
  return { value, label: term?.readerLabel ?? term?.label ?? value, legend: term?.legend ?? null }
}
