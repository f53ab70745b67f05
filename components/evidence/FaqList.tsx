import type { FaqView, SourceView } from '../../lib/data/types'
import { referenceNumber } from '../../lib/data/shape/references'
import { Citation } from '../citations/Citation'

/** Reader questions with answers, each answer followed by the sources it cites, with their flags. */
export function FaqList({ faqs, references }: { faqs: FaqView[]; references: SourceView[] }) {
  return (
    <dl className="faqs">
      {faqs.map((faq) => (
        <div key={faq.id} className="faq" data-claim>
          <dt>{faq.question}</dt>
          <dd>
            <p>{faq.answer}</p>
            <p className="faq-cites">
              Sources:{' '}
              {faq.cites
                .filter(
                  (finding, index) =>
                    faq.cites.findIndex((other) => other.source.id === finding.source.id) === index,
                )
                .map((finding, index) => (
                  <span key={finding.id}>
                    {index > 0 ? '; ' : ''}
                    <Citation
                      source={finding.source}
                      number={referenceNumber(references, finding.source.id)}
                    />
                  </span>
                ))}
            </p>
          </dd>
        </div>
      ))}
    </dl>
  )
}
