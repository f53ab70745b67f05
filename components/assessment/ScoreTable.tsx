import type { DimensionRow } from '../../lib/assessment/result/dimensionRows'

/**
 * The numbers behind the chart. Each response format is reported on its own scale, never averaged
 * with another; on a narrow screen each row becomes a card (the cells carry their column's name).
 */
export function ScoreTable({ rows, bandPercent }: { rows: DimensionRow[]; bandPercent: number }) {
  return (
    <table className="assessment-table assessment-table--cards">
      <caption>
        Your answers on each scale, your percentile, and the range it likely falls in ({bandPercent}% band
        from the standard error of measurement).
      </caption>
      <thead>
        <tr>
          <th scope="col">Dimension</th>
          <th scope="col">Your answers</th>
          <th scope="col">Percentile</th>
          <th scope="col">Likely range</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{row.label}</th>
            <td data-label="Your answers">
              {row.scales.map((scale) => (
                <span key={scale.name} className="assessment-scale">
                  {scale.name}: {scale.text}
                </span>
              ))}
            </td>
            <td data-label="Percentile">{row.percentileText}</td>
            <td data-label="Likely range">{row.band ? row.band.text : 'needs a reliability estimate'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
