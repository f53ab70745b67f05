import type { DimensionRow } from '../../lib/assessment/result/dimensionRows'

const TICKS = [0, 25, 50, 75, 100]

/**
 * The percentile profile, drawn on the server in HTML: each dimension's name and percentile as text
 * (at the page's own size, on a phone too), a dot on a 0–100 track, and a bar across the
 * measurement-error band. It prints as drawn.
 */
export function PercentileChart({ rows }: { rows: DimensionRow[] }) {
  return (
    <figure className="percentile-chart" data-testid="percentile-chart">
      <figcaption>Where your scores fall among the reference sample (percentiles, 0–100)</figcaption>
      <ol>
        {rows.map((row) => (
          <li key={row.key} className="percentile-chart__row">
            <span className="percentile-chart__label">{row.label}</span>
            <span className="percentile-chart__value">
              {row.percentileText}
              {row.band ? <span className="visually-hidden"> percentile, likely {row.band.text}</span> : null}
            </span>
            <span className="percentile-chart__track" aria-hidden="true">
              {row.band ? (
                <span
                  className="percentile-chart__band"
                  style={{ left: `${row.band.low}%`, width: `${row.band.high - row.band.low}%` }}
                />
              ) : null}
              <span
                className="percentile-chart__dot"
                data-percentile={row.percentile}
                style={{ left: `${row.percentile}%` }}
              />
            </span>
          </li>
        ))}
      </ol>
      <div className="percentile-chart__scale" aria-hidden="true">
        {TICKS.map((tick) => (
          <span key={tick} style={{ left: `${tick}%` }}>
            {tick}
          </span>
        ))}
      </div>
    </figure>
  )
}
