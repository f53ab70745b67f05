import { type Author, formatAuthorList, shortAuthors } from './authors'

/** What a citation is built from: the bibliographic part of a source. */
export type CitableSource = {
  authors: Author[]
  title: string
  venue: string
  volume?: string | null
  issue?: string | null
  pages?: string | null
  year: number
  doi?: string | null
  url: string
  /** A report's or working paper's number as the issuer prints it: "24-013", "Working Paper 31161". */
  reportNumber?: string | null
}

/** "Science 381(6654)", "Indeed Hiring Lab": the venue with its volume and issue when it has them. */
export const venueDetail = ({
  venue,
  volume,
  issue,
}: Pick<CitableSource, 'venue' | 'volume' | 'issue'>): string => {
  if (!volume) return venue
  return `${venue} ${volume}${issue ? `(${issue})` : ''}`
}

/**
 * The label a stat card and an inline reference carry: "Noy & Zhang, Science 381(6654)". A venue that
 * only repeats its author (an organisation publishing its own report) is not said twice.
 */
export const shortCitation = (source: CitableSource): string => {
  const who = shortAuthors(source.authors)
  const where = venueDetail(source)
  return who === source.venue ? where : `${who}, ${where}`
}

/** The address a reader should follow: the DOI resolver when there is a DOI, else the URL. */
export const citationHref = ({ doi, url }: Pick<CitableSource, 'doi' | 'url'>): string =>
  doi ? `https://doi.org/${doi}` : url

/** APA puts a report's number after its title: "(No. 24-013)", "(Working Paper 31161)". */
const reportNumberPart = (reportNumber: string | null | undefined): string => {
  const number = reportNumber?.trim()
  if (!number) return ''
  return ` (${/^\d/.test(number) ? `No. ${number}` : number})`
}

/**
 * The full reference in APA style: "Noy, S., & Zhang, W. (2023). Title. Science, 381(6654), 187–192."
 * A report issued by its own author omits the repeated publisher; a numbered report shows its number.
 */
export const fullCitation = (source: CitableSource): string => {
  const authors = formatAuthorList(source.authors)
  const title = `${source.title.replace(/[.\s]+$/, '')}${reportNumberPart(source.reportNumber)}`
  const sameAsAuthor = source.authors.length === 1 && source.authors[0]?.name === source.venue
  const venueParts = [
    sameAsAuthor ? null : source.venue,
    source.volume ? `${source.volume}${source.issue ? `(${source.issue})` : ''}` : null,
    source.pages,
  ].filter(Boolean)
  const venue = venueParts.length ? ` ${venueParts.join(', ')}.` : ''
  return `${authors} (${source.year}). ${title}.${venue}`
}
