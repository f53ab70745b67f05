import type { ResultBody } from '../../lib/assessment/result/resultBody'

/** Which result this is, when it was taken, and the caveat about a synthetic reference sample. */
export function ResultHeader({ body }: { body: ResultBody }) {
  return (
    <header>
      <p className="assessment-kicker">
        Your result · <time>{body.takenAt}</time>
      </p>
      <h1>{body.title}</h1>
      {body.synthetic && (
        <p className="assessment-notice" role="note">
          The reference sample behind these percentiles is synthetic: it was generated for this demo, not
          collected from real people. Read the percentiles as a demonstration of the method, not as a
          comparison with a real population.
        </p>
      )}
    </header>
  )
}
