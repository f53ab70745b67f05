import type { LegendEntry } from '../../lib/evidence/flags'
import { Section } from '../site/Section'

/** What each flag on this page means; only the flags the page shows, so nothing here is boilerplate. */
export function FlagLegend({ entries, level = 2 }: { entries: LegendEntry[]; level?: 2 | 3 }) {
  if (entries.length === 0) return null
  return (
    <Section id="flag-legend" title="What the flags on this page mean" level={level}>
      <dl className="legend flag-legend">
        {entries.map((entry) => (
          <div key={entry.key}>
            <dt>
              <span className={`flag flag-${entry.key}`}>{entry.term}</span>
            </dt>
            <dd>{entry.meaning}</dd>
          </div>
        ))}
      </dl>
    </Section>
  )
}
