import { listPhrase } from '../interests/listPhrase'
import { riasecLabel } from '../interests/riasec'
import type { OccupationMatch } from './matchOccupations'

/** "Software Developers'" and "Chief Executive's": the possessive of an occupation's title. */
export const possessive = (title: string): string => (/s$/i.test(title) ? `${title}’` : `${title}’s`)

/** O*NET 29.2 estimates every interest profile by machine learning; a reader is told so where it is cited. */
export const isMachineLearningEstimate = (match: Pick<OccupationMatch, 'occupation'>): boolean =>
  /machine learning/i.test(match.occupation.domainSource ?? '')

/**
 * Why an occupation fits, in plain sentences: the reader's order against the occupation's
 * high-point code ("Your order I-R-C; Software Developers’ profile I-C-R."), what they share, and
 * how closely the two profiles move together.
 */
export const explainMatch = (
  match: Pick<
    OccupationMatch,
    'occupation' | 'correlation' | 'sharedTopInterests' | 'readerOrder' | 'occupationOrder'
  >,
): string => {
  const { occupation, correlation, sharedTopInterests, readerOrder, occupationOrder } = match
  const order = occupationOrder
    ? `Your order ${readerOrder}; ${possessive(occupation.title)} profile ${occupationOrder}.`
    : `Your order ${readerOrder}; O*NET gives ${occupation.title} no high-point code.`
  const shared = sharedTopInterests.length
    ? ` Both rank ${listPhrase(sharedTopInterests.map(riasecLabel))} among their top interests.`
    : ' None of your top interests is among its high points.'
  const closeness = ` The two profiles correlate at r = ${correlation.toFixed(2).replace('-', '−')}.`
  return order + shared + closeness
}
