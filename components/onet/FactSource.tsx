import type { FactProvenance } from '../../lib/data/onetTypes'

/**
 * How and when O*NET obtained a figure, in text beside it. A machine-learning estimate carries its
 * flag in words, as a preprint does beside a study; the legend explains it.
 */
export function FactSource({ provenance }: { provenance: FactProvenance }) {
  const { source, date } = provenance
  if (!source && !date) return null
  return (
    <span className="fact-source">
      {source?.flag ? (
        <span className="flag flag-machineLearning" data-flag={source.flag.key}>
          {source.flag.label}
        </span>
      ) : null}{' '}
      <span data-domain-source={source?.value}>
        {/* A flagged figure's flag already says how it was obtained. */}
        {[source?.flag ? null : source?.label, date ? `as of ${date}` : null].filter(Boolean).join(', ')}
      </span>
    </span>
  )
}

/** For lists the release publishes without a date or domain source: says where they come from instead. */
export function ReleaseFile({ file, version }: { file: string; version: string | null }) {
  return (
    <p className="fact-source">
      From the {file} file of O*NET{version ? ` ${version}` : ''}, which gives no date or domain source for
      it.
    </p>
  )
}
