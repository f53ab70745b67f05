import type { RatingView, SourceView } from '../../lib/data/types'
import { BasisCitation } from './BasisCitation'
import { ScaleLegend } from './ScaleLegend'

/**
 * The four ratings: each value on its scale with the scale's legend, the rationale, and where the
 * rating comes from (a cited finding, a dataset fact, or editorial judgement), all in words.
 */
export function Ratings({ ratings, references }: { ratings: RatingView[]; references: SourceView[] }) {
  return (
    <dl className="ratings">
      {ratings.map((rating) => (
        <div
          key={rating.key}
          className="rating"
          data-rating={rating.key}
          {...(rating.citation.kind === 'editorial-judgement' ? {} : { 'data-claim': true })}
        >
          <dt>
            {rating.label}
            <span className="rating-question">{rating.question}</span>
          </dt>
          <dd>
            <p className="rating-value">{rating.value}</p>
            <p>{rating.rationale}</p>
            <BasisCitation basis={rating.basis} citation={rating.citation} references={references} />
            <details className="scale-details" open>
              <summary>The {rating.label.toLowerCase()} scale</summary>
              <p className="scale-intro">{rating.scale}</p>
              <ScaleLegend
                steps={rating.steps}
                label={`${rating.label}, highest first`}
                mark="this page’s rating"
              />
            </details>
          </dd>
        </div>
      ))}
    </dl>
  )
}
