import type { ProvenanceFlagView } from '../../lib/citations/provenance'

/** The provenance warnings of a source, inline beside its citation. */
export function SourceFlags({ flags }: { flags: ProvenanceFlagView[] }) {
  if (flags.length === 0) return null
  return (
    <span className="flags">
      {flags.map((flag) => (
        <abbr
          key={flag.key}
          className={`flag flag-${flag.key}`}
          data-flag={flag.key}
          title={flag.explanation}
        >
          {flag.label}
        </abbr>
      ))}
    </span>
  )
}
