import type { RatingView, SourceView } from '../../lib/data/types'
import { referenceNumber } from '../../lib/data/shape/references'
import { CiteLink } from '../citations/CiteLink'

/** The four ratings, each with where it came from: a cited finding or an analyst's reasoning. */
export function Ratings({ ratings, references }: { ratings: RatingView[]; references: SourceView[] }) {
  return (
    <dl className="ratings">
      {ratings.map((rating) => (
        <div key={rating.key} className="rating" {...(rating.finding ? { 'data-claim': true } : {})}>
          <dt>
            {rating.label}
            <span className="rating-question">{rating.question}</span>
          </dt>
          <dd>
            <p className="rating-value">{rating.value}</p>
            <p>{rating.rationale}</p>
            <p className="rating-basis">
              {rating.finding ? (
                <>
                  Based on a cited finding: {rating.finding.headline}{' '}
                  <CiteLink
                    source={rating.finding.source}
                    number={referenceNumber(references, rating.finding.source.id)}
                  />
                </>
              ) : (
                'Analyst judgement: no study measures this directly, so the reasoning above is ours.'
              )}
            </p>
          </dd>
        </div>
      ))}
    </dl>
  )
}
