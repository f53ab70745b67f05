import type { VerdictView } from '../../lib/data/types'
import { ScaleLegend } from './ScaleLegend'

/**
 * The answer an evidence page opens with: the importance on its four-step scale, why, what it rests
 * on and how certain it is, with the reasons for that grade. Everything is said in words.
 */
export function Verdict({ verdict }: { verdict: VerdictView }) {
  const { certainty } = verdict
  return (
    <section
      id="verdict"
      aria-labelledby="verdict-title"
      className="section verdict"
      data-verdict
      data-importance={verdict.importance.value}
      data-certainty={certainty.grade}
    >
      <h2 id="verdict-title">{verdict.question}</h2>
      <p className="verdict-answer">
        <span className="verdict-term">Importance:</span> <strong>{verdict.importance.label}</strong> —{' '}
        {verdict.importance.legend}
      </p>
      <ScaleLegend steps={verdict.steps} label="Importance, highest first" mark="this page’s answer" />
      <p>{verdict.rationale}</p>
      {verdict.noDirectEvidence ? (
        <p className="verdict-no-direct" data-no-direct-evidence>
          {verdict.noDirectEvidence}
        </p>
      ) : null}
      <dl className="verdict-facts">
        <div>
          <dt>Basis</dt>
          <dd data-answer-basis={verdict.basis.value}>
            <strong>{verdict.basis.label}</strong>
            {verdict.basis.legend ? ` — ${verdict.basis.legend}` : ''}
          </dd>
        </div>
        <div>
          <dt>Certainty</dt>
          <dd data-certainty-grade={certainty.grade}>
            <strong>{certainty.label}</strong> — {certainty.legend}
          </dd>
        </div>
      </dl>
      {certainty.override ? (
        <p className="certainty-override" data-certainty-override>
          Reviewer&rsquo;s grade: {certainty.override.label} — computed: {certainty.override.computedLabel}.
          The reviewer&rsquo;s reason: {certainty.override.reason}
        </p>
      ) : null}
      <h3 id="certainty-reasons">
        {certainty.override
          ? 'How the computed grade was reached'
          : `Why the certainty is ${certainty.label.toLowerCase()}`}
      </h3>
      <ul className="certainty-reasons" aria-labelledby="certainty-reasons">
        {certainty.reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
    </section>
  )
}
