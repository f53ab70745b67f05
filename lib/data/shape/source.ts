import type { Source } from '../../../payload-types'
import { formatAuthorList } from '../../citations/authors'
import { citationHref, fullCitation, shortCitation } from '../../citations/citation'
import { sourceNotice } from '../../citations/provenance'
import { citationFlags } from '../../evidence/flags'
import { sourceTypeLabel, studyDesignLabel, verificationLabel } from '../../site/labels'
import { paths } from '../../site/paths'
import type { SourceView } from '../types'

const text = (value: string | null | undefined): string | null => value?.trim() || null

/** "Science (2024)" and the DOI or address of the peer-reviewed version; null when none is recorded. */
const laterPublication = (later: Source['laterPublishedAs']): SourceView['laterPublishedAs'] => {
  const venue = text(later?.venue)
  const doi = text(later?.doi)
  const href = doi ? `https://doi.org/${doi}` : text(later?.url)
  if (!venue && !href) return null
  const label = venue ? `${venue}${later?.year ? ` (${later.year})` : ''}` : (href ?? '')
  return { label, href }
}

/** One pure adapter from a source document to what a reader sees: citation, provenance, flags. */
export const toSourceView = (source: Source): SourceView => ({
  id: String(source.id),
  href: paths.source(String(source.id)),
  label: shortCitation(source),
  year: source.year,
  title: source.title,
  authors: formatAuthorList(source.authors),
  citation: fullCitation(source),
  link: citationHref(source),
  doi: text(source.doi),
  url: source.url,
  archiveUrl: text(source.archiveUrl),
  publishedDate: text(source.publishedDate),
  dateAccessed: text(source.dateAccessed),
  licence: text(source.licence),
  sourceType: sourceTypeLabel(source.provenance.sourceType),
  studyDesign: studyDesignLabel(source.provenance.studyDesign),
  sampleSize: source.provenance.sampleSize ?? null,
  sampleDescription: text(source.provenance.sampleDescription),
  conflictOfInterest: text(source.provenance.conflictOfInterest),
  verification: verificationLabel(source.verification?.status ?? 'unverified'),
  verificationNote: text(source.verification?.note),
  laterPublishedAs: laterPublication(source.laterPublishedAs),
  flags: citationFlags({ source, laterPublishedAs: source.laterPublishedAs }),
  notice: sourceNotice(source),
})
