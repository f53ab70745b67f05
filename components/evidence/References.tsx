import type { SourceView } from '../../lib/data/types'
import { flagKeys, Flags } from '../citations/Flags'

/** The numbered references: full citation, where to read it, and every flag in words. */
export function References({ references }: { references: SourceView[] }) {
  return (
    <ol className="references">
      {references.map((source, index) => (
        <li
          key={source.id}
          id={`ref-${index + 1}`}
          data-source-id={source.id}
          data-flags={flagKeys(source.flags)}
        >
          <span className="reference-citation">{source.citation}</span>{' '}
          <a href={source.link} rel="external">
            {source.doi ? `doi:${source.doi}` : source.link}
          </a>{' '}
          <Flags flags={source.flags} />
          <span className="reference-meta">
            {source.sourceType} · {source.studyDesign}
            {source.sampleSize ? ` · n = ${source.sampleSize.toLocaleString('en-GB')}` : ''} · Verification:{' '}
            {source.verification} · <a href={source.href}>Provenance</a>
          </span>
        </li>
      ))}
    </ol>
  )
}
