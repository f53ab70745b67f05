import type { ChangeView } from '../../lib/assessment/result/changeView'

/** What moved since the attempt this one retakes, each dimension on its own scales. */
export function RetakeChange({ change }: { change: ChangeView }) {
  return (
    <>
      <p>Compared with your earlier attempt of {change.earlierTakenAt}:</p>
      <dl className="retake-change" data-testid="retake-change">
        {change.rows.map((row) => (
          <div key={row.key}>
            <dt>{row.label}</dt>
            {row.changes.map((line) => (
              <dd key={line}>{line}</dd>
            ))}
          </div>
        ))}
      </dl>
      <p className="fact-note">
        Small changes are expected from one attempt to the next: a change inside the likely range above may be
        measurement error rather than a real difference.
      </p>
    </>
  )
}
