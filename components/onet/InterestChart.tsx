import type { InterestScoreView } from '../../lib/data/onetTypes'
import { INTEREST_SCALE } from '../../lib/onet/riasec'

const ROW = 26
const LABEL_WIDTH = 112
const BAR_WIDTH = 180
const WIDTH = LABEL_WIDTH + BAR_WIDTH + 34

/**
 * The six interest scores as horizontal bars on O*NET's 1–7 scale, drawn on the server. Screen
 * readers get the figure's title and every value in its description; the values are also printed.
 */
export function InterestChart({ id, scores }: { id: string; scores: InterestScoreView[] }) {
  const height = scores.length * ROW + 18
  // The scale starts at 1, its lowest score: a bar's length is how far above the minimum a score is.
  const x = (score: number) =>
    LABEL_WIDTH + ((score - INTEREST_SCALE.min) / (INTEREST_SCALE.max - INTEREST_SCALE.min)) * BAR_WIDTH
  const ticks = Array.from(
    { length: INTEREST_SCALE.max - INTEREST_SCALE.min + 1 },
    (_, index) => INTEREST_SCALE.min + index,
  )
  return (
    <svg
      className="interest-chart"
      viewBox={`0 0 ${WIDTH} ${height}`}
      role="img"
      aria-labelledby={`${id}-chart-title ${id}-chart-desc`}
    >
      <title id={`${id}-chart-title`}>Interest profile, each area scored from 1 (low) to 7 (high)</title>
      <desc id={`${id}-chart-desc`}>
        {scores.map((entry) => `${entry.name}: ${entry.score.toFixed(2)}`).join('; ')}
      </desc>
      {ticks.map((tick) => (
        <g key={tick} className="interest-tick">
          <line x1={x(tick)} x2={x(tick)} y1={0} y2={scores.length * ROW} />
          <text x={x(tick)} y={height - 4} textAnchor="middle">
            {tick}
          </text>
        </g>
      ))}
      {scores.map((entry, index) => (
        <g key={entry.letter} transform={`translate(0 ${index * ROW})`}>
          <text x={0} y={17} className="interest-label">
            {entry.letter} · {entry.name}
          </text>
          <rect
            x={LABEL_WIDTH}
            y={5}
            width={Math.max(2, x(entry.score) - LABEL_WIDTH)}
            height={15}
            rx={2}
            className="interest-bar"
          />
          <text x={x(entry.score) + 4} y={17} className="interest-value">
            {entry.score.toFixed(1)}
          </text>
        </g>
      ))}
    </svg>
  )
}
