import { interestOrder } from './interestOrder'
import { listPhrase } from './listPhrase'
import { RIASEC_TYPES, type RiasecKey, type RiasecScores } from './riasec'

export type ProfileReading = {
  /** All six scores equal: nothing stands out, and no type is called strongest. */
  flat: boolean
  /** The types the first sentence names, strongest first. */
  strongest: RiasecKey[]
  /** The opening sentence, e.g. "Your strongest interests are Investigative and Realistic." */
  headline: string
  /** Further sentences in reading order: what the strongest types mean, what draws the reader least. */
  sentences: string[]
}

const labels = (keys: readonly RiasecKey[]) => keys.map((key) => RIASEC_TYPES[key].label)

const meaning = (key: RiasecKey) =>
  `${RIASEC_TYPES[key].label} interests point to ${RIASEC_TYPES[key].definition}.`

/**
 * The headline names the top group, and the next one too when the top is a single type, so a
 * reader hears at least two; a single type above five equal ones is said as exactly that.
 */
const headlineFor = (order: RiasecKey[][]): { strongest: RiasecKey[]; headline: string } => {
  const [first, second] = order
  if (first.length > 1) {
    return {
      strongest: first,
      headline: `Your strongest interests are ${listPhrase(labels(first))}, which you rated equally.`,
    }
  }
  const [top] = labels(first)
  if (order.length === 2) {
    return {
      strongest: first,
      headline: `Your one clear interest is ${top}; you rated the other five kinds of work equally, below it.`,
    }
  }
  if (second.length > 1) {
    return {
      strongest: [...first, ...second],
      headline: `Your strongest interest is ${top}, followed by ${listPhrase(labels(second))}, which tie.`,
    }
  }
  return {
    strongest: [first[0], second[0]],
    headline: `Your strongest interests are ${top} and ${labels(second)[0]}, in that order.`,
  }
}

/**
 * A plain reading of a RIASEC profile, for the top of a result: which types lead, what they mean,
 * and which draws the reader least. Ties are said as ties; a flat profile is said to be flat rather
 * than read as if it ranked anything.
 */
export const describeProfile = (scores: RiasecScores): ProfileReading => {
  const order = interestOrder(scores)
  if (order.length === 1) {
    return {
      flat: true,
      strongest: [],
      headline:
        'You gave all six kinds of work the same score, so your answers do not single out one interest.',
      sentences: [
        'That can mean you enjoy many kinds of work, or that the statements did not fit how you think about work.',
        'Matching careers on this profile would be guesswork; try the statements again, thinking only of what you would enjoy doing.',
      ],
    }
  }
  const { strongest, headline } = headlineFor(order)
  const weakest = order.at(-1)!
  const sentences = strongest.map(meaning)
  // A single type above five equal ones: the headline has already said where the rest stand.
  const restAlreadySaid = order.length === 2 && order[0].length === 1
  if (!restAlreadySaid) {
    sentences.push(
      weakest.length > 1
        ? `You are least drawn to ${listPhrase(labels(weakest))} work, equally.`
        : `You are least drawn to ${labels(weakest)[0]} work.`,
    )
  }
  return { flat: false, strongest, headline, sentences }
}
