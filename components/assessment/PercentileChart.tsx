import type { PlacedScore } from '../../../../lib/assessment/scoring/placeScores'

type Row = { key: string; label: string; placed: PlacedScore }

const WIDTH = 640
const LABEL = 150
const ROW = 40
const PLOT = WIDTH - LABEL - 40

const x = (percentile: number) => LABEL + (percentile / 100) * PLOT

/**
 * The percentile profile, drawn on the server as SVG: one row per dimension, a dot at the
 * percentile and a line across the measurement-error band. The table beside it carries the same
 * numbers for screen readers.
 */
export function PercentileChart({ rows }: { rows: Row[] }) {
  const height = rows.length * ROW + 40
  return (
    <svg
      className="percentile-chart"
      viewBox={`0 0 ${WIDTH} ${height}`}
      role="img"
      aria-labelledby="percentile-chart-title percentile-chart-desc"
      data-testid="percentile-chart"
    >
      <title id="percentile-chart-title">Percentile profile</title>
      <desc id="percentile-chart-desc">
        {rows.map(({ label, placed }) => `${label}: ${placed.percentile}th percentile`).join('; ')}
      </desc>
      {[0, 25, 50, 75, 100].map((tick) => (
        <g key={tick}>
          <line x1={x(tick)} x2={x(tick)} y1={10} y2={height - 25} className="percentile-chart__grid" />
          <text x={x(tick)} y={height - 8} textAnchor="middle" className="percentile-chart__tick">
            {tick}
          </text>
        </g>
      ))}
      {rows.map(({ key, label, placed }, index) => {
        const y = 30 + index * ROW
        return (
          <g key={key}>
            <text x={LABEL - 10} y={y + 5} textAnchor="end" className="percentile-chart__label">
              {label}
            </text>
            {placed.band && (
              <line
                x1={x(placed.band.percentileLow)}
                x2={x(placed.band.percentileHigh)}
                y1={y}
                y2={y}
                className="percentile-chart__band"
              />
            )}
            <circle cx={x(placed.percentile)} cy={y} r={7} className="percentile-chart__dot" />
            <text x={x(placed.percentile)} y={y - 11} textAnchor="middle" className="percentile-chart__value">
              {placed.percentile}
            </text>
          </g>
        )
      })}
    </svg>
  )
}
