import type { SourceView } from '../../lib/data/types'
import { flagKeys, Flags } from './Flags'

const Row = ({ term, children }: { term: string; children: React.ReactNode }) => (
  <div>
    <dt>{term}</dt>
    <dd>{children}</dd>
  </div>
)

/** A source's full provenance record; rows with nothing recorded are left out, never shown empty. */
export function SourceProvenance({ source }: { source: SourceView }) {
  return (
    <section
      className="provenance"
      aria-label="Provenance"
      data-source-id={source.id}
      data-flags={flagKeys(source.flags)}
    >
      <p className="reference-citation">{source.citation}</p>
      {source.flags.length > 0 ? (
        <p>
          <Flags flags={source.flags} />
        </p>
      ) : null}
      <dl className="facts">
        <Row term="Read it">
          <a href={source.link} rel="external">
            {source.doi ? `doi:${source.doi}` : source.url}
          </a>
        </Row>
        {source.archiveUrl ? (
          <Row term="Archived copy">
            <a href={source.archiveUrl} rel="external">
              {source.archiveUrl}
            </a>
          </Row>
        ) : null}
        {source.laterPublishedAs ? (
          <Row term="Since published">
            {source.laterPublishedAs.href ? (
              <a href={source.laterPublishedAs.href} rel="external">
                {source.laterPublishedAs.label}
              </a>
            ) : (
              source.laterPublishedAs.label
            )}
          </Row>
        ) : null}
        <Row term="Source type">{source.sourceType}</Row>
        <Row term="Study design">{source.studyDesign}</Row>
        {source.sampleSize ? <Row term="Sample size">{source.sampleSize.toLocaleString('en-GB')}</Row> : null}
        {source.sampleDescription ? <Row term="Sample">{source.sampleDescription}</Row> : null}
        {source.conflictOfInterest ? (
          <Row term="Conflict of interest">{source.conflictOfInterest}</Row>
        ) : null}
        {source.publishedDate ? <Row term="Published">{source.publishedDate.slice(0, 10)}</Row> : null}
        {source.dateAccessed ? <Row term="Accessed">{source.dateAccessed.slice(0, 10)}</Row> : null}
        {source.licence ? <Row term="Licence">{source.licence}</Row> : null}
        <Row term="Verification">
          {source.verification}
          {source.verificationNote ? ` — ${source.verificationNote}` : ''}
        </Row>
      </dl>
    </section>
  )
}
