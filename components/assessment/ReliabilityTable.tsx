import type { Reliability } from '../../lib/assessment/reliability/types'

const fixed = (value: number | null, digits = 2) =>
  value === null ? 'not yet estimable' : value.toFixed(digits)

type Props = {
  reliability: Reliability
  labels: Record<string, string>
  /** When the figures were computed, as the reader's locale writes it. */
  computedAt: string
}

/** Alpha with its interval, and test-retest r, per dimension, exactly as last computed; cards on a phone. */
export function ReliabilityTable({ reliability, labels, computedAt }: Props) {
  return (
    <table className="assessment-table assessment-table--cards">
      <caption>
        Computed {computedAt} from {reliability.responses.live + reliability.responses.synthetic} stored
        responses ({reliability.responses.synthetic} synthetic, {reliability.responses.live} from readers).
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
            <td data-label="Items">{entry.items}</td>
            <td data-label="n">{entry.n}</td>
            <td data-label="Cronbach’s alpha">{fixed(entry.alpha)}</td>
            <td data-label="95% interval (Feldt)">
              {entry.alphaLower === null
                ? 'not yet estimable'
                : `${fixed(entry.alphaLower)}–${fixed(entry.alphaUpper)}`}
            </td>
            <td data-label="Test-retest r (pairs)">
              {fixed(entry.retest.r)} ({entry.retest.pairs})
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
