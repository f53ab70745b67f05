import type { CareerSkill } from '../../../payload-types'
import { type DatasetFact, RATING_BASES, RATING_KEYS, RATINGS, readerLabel } from '../../evidence/model'
import { idOf } from '../read/ids'
import type { BasisCitation, DatasetFactView, FindingView, PageFindingView, RatingView } from '../types'
import { basisView, scaleSteps } from './scale'

type Rating = CareerSkill['funnelRole']

type CitationArgs<F extends FindingView> = {
  rating: Pick<Rating, 'finding' | 'datasetFact'> & { basis?: Rating['basis'] | null }
  /** The finding as the page cites it (on an evidence page, with its relation to the question). */
  citeFinding: (findingId: string) => F
  citeFact: (fact: DatasetFact) => DatasetFactView
}

/** What a basis cites; readiness has checked that a finding or a fact is there when the basis says so. */
export const basisCitation = <F extends FindingView>({
  rating,
  citeFinding,
  citeFact,
}: CitationArgs<F>): BasisCitation<F> => {
  const findingId = idOf(rating.finding)
  if (rating.basis === 'finding' && findingId) return { kind: 'finding', finding: citeFinding(findingId) }
  if (rating.basis === 'dataset' && rating.datasetFact) {
    return { kind: 'dataset', fact: citeFact(rating.datasetFact) }
  }
  return { kind: 'editorial-judgement' }
}

/** The four ratings, in the model's order: each value on its scale, its basis in words and its citation. */
export const toRatingViews = ({
  page,
  citeFinding,
  citeFact,
}: { page: Pick<CareerSkill, (typeof RATING_KEYS)[number]> } & Omit<
  CitationArgs<PageFindingView>,
  'rating'
>): RatingView[] =>
  RATING_KEYS.map((key) => {
    const rating = page[key]
    const definition = RATINGS[key]
    return {
      key,
      label: definition.label,
      question: definition.question,
      scale: definition.scale,
      value: readerLabel(definition.terms, rating.value),
      steps: scaleSteps(definition.terms, rating.value),
      basis: basisView(RATING_BASES, rating.basis),
      rationale: rating.rationale,
      citation: basisCitation({ rating, citeFinding, citeFact }),
    }
  })
