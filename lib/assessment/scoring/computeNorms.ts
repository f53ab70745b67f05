import type { DimensionNorm, Instrument } from '../instrument'
import type { Answers } from '../submit/answersSchema'
import { mean, sampleSd } from '../statistics/descriptive'
import { scoreAnswers } from './scoreAnswers'

/** Mean and SD of each dimension score over a reference sample of complete answer sets. */
export const computeNorms = (instrument: Instrument, sample: Answers[]): DimensionNorm[] => {
  const scored = sample.map((answers) => scoreAnswers(instrument, answers))
  return instrument.dimensions.map(({ key }) => {
    const values = scored.map((scores) => scores[key].score)
    return { dimension: key, n: values.length, mean: mean(values), sd: sampleSd(values) }
  })
}
