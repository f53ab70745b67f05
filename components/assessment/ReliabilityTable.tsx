import type { Reliability } from '../../../../lib/assessment/reliability/types'

const fixed = (value: number | null, digits = 2) =>
  value === null ? 'not yet estimable' : value.toFixed(digits)

/** Alpha with its interval, and test-retest r, per dimension, exactly as last computed. */
export function ReliabilityTable({
  reliability,
  labels,
}: {
  reliability: Reliability
  labels: Record<string, string>
}) {
  return (
    <table className="assessment-table">
      <caption>
        Computed {new Date(reliability.computedAt).toUTCString()} from{' '}
        {reliability.responses.live + reliability.responses.synthetic} stored responses (
        {reliability.responses.synthetic} synthetic, {reliability.responses.live} from readers).
      </caption>
      <thead>
        <tr>
          <th scope="col">Dimension</th>
          <th scope="col">Items</th>
          <th scope="col">n</th>
          <th scope="col">Cronbach’s alpha</th>
          <th scope="col">95% interval (Feldt)</th>
          <th scope="col">Test-retest r (pairs)</th>
        </tr>
      </thead>
      <tbody>
        {reliability.dimensions.map((entry) => (
          <tr key={entry.dimension}>
            <th scope="row">{labels[entry.dimension] ?? entry.dimension}</th>
            <td>{entry.items}</td>
            <td>{entry.n}</td>
            <td>{fixed(entry.alpha)}</td>
            <td>
              {entry.alphaLower === null
                ? 'not yet estimable'
                : `${fixed(entry.alphaLower)}–${fixed(entry.alphaUpper)}`}
            </td>
            <td>
              {fixed(entry.retest.r)} ({entry.retest.pairs})
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
