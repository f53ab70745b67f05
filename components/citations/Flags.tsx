import type { CitationFlag } from '../../lib/evidence/flags'

/**
 * A citation's flags in words, beside it: never a tooltip, never only a colour. A preprint since
 * published links to the peer-reviewed version. The page's legend says what each flag means.
 */
export function Flags({ flags }: { flags: CitationFlag[] }) {
  if (flags.length === 0) return null
  return (
    <span className="flags">
      <span className="visually-hidden">Flagged: </span>
      {flags.map((flag, index) => (
        <span key={flag.key}>
          {index > 0 ? <span className="visually-hidden">, </span> : null}
          {flag.href ? (
            <a className={`flag flag-${flag.key}`} data-flag={flag.key} href={flag.href} rel="external">
              {flag.text}
            </a>
          ) : (
            <span className={`flag flag-${flag.key}`} data-flag={flag.key}>
              {flag.text}
            </span>
          )}
        </span>
      ))}
    </span>
  )
}

/** The keys a citation element declares, which check:pages compares with what its text shows. */
export const flagKeys = (flags: CitationFlag[]): string => flags.map((flag) => flag.key).join(' ')
