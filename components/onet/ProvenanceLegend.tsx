import { DOMAIN_SOURCE_LEGEND, MACHINE_LEARNING_FLAG } from '../../lib/onet/domainSources'

/** What each "where it comes from" note on O*NET figures means, with the machine-learning flag. */
export function ProvenanceLegend() {
  return (
    <div className="provenance-legend">
      <p>
        Each O*NET figure says how O*NET obtained it (its domain source) and when. A figure marked{' '}
        <span className="flag flag-machineLearning" data-flag={MACHINE_LEARNING_FLAG.key}>
          {MACHINE_LEARNING_FLAG.label}
        </span>{' '}
        was {MACHINE_LEARNING_FLAG.explanation.charAt(0).toLowerCase()}
        {MACHINE_LEARNING_FLAG.explanation.slice(1)}
      </p>
      <dl className="facts">
        {DOMAIN_SOURCE_LEGEND.map((entry) => (
          <div key={entry.value}>
            <dt>{entry.value}</dt>
            <dd>{entry.label}</dd>
          </div>
        ))}
      </dl>
    </div>
  )
}
