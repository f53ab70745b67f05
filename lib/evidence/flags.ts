import { FLAG_KEYS, type FlagKey, type FlagSubject, PROVENANCE_FLAGS } from './model/flags'

/** The peer-reviewed version of a preprint, when one has appeared. */
export type LaterPublication = {
  venue?: string | null
  year?: number | null
  doi?: string | null
  url?: string | null
}

/** A flag as it is printed beside a citation: in words, never only as a tooltip or a colour. */
export type CitationFlag = { key: FlagKey; text: string; href?: string }

export type LegendEntry = { key: FlagKey; term: string; meaning: string }

type CitationFlagsArgs = FlagSubject & { laterPublishedAs?: LaterPublication | null }

const laterPublication = (later: LaterPublication | null | undefined) => {
  const href = later?.doi?.trim() ? `https://doi.org/${later.doi.trim()}` : later?.url?.trim() || undefined
  const venue = later?.venue?.trim()
  if (!href && !venue) return null
  const where = venue ? ` in ${venue}${later?.year ? ` (${later.year})` : ''}` : ''
  return { text: `${PROVENANCE_FLAGS.preprint.text}, since published${where}`, href }
}

/**
 * The flags to print at a citation of a source, or of a dataset fact, in a fixed order. One adapter
 * for every citation point (stat cards, findings, ratings, FAQs, assessment results, references), so
 * a flag cannot be shown in one place and missed in another.
 */
export const citationFlags = ({ laterPublishedAs, ...subject }: CitationFlagsArgs): CitationFlag[] =>
  FLAG_KEYS.filter((key) => PROVENANCE_FLAGS[key].applies(subject)).map((key) => {
    const later = key === 'preprint' ? laterPublication(laterPublishedAs) : null
    return later ? { key, ...later } : { key, text: PROVENANCE_FLAGS[key].text }
  })

/** The keys a citation of this subject must show; what a page check expects to find. */
export const flagKeysOf = (subject: FlagSubject): FlagKey[] =>
  FLAG_KEYS.filter((key) => PROVENANCE_FLAGS[key].applies(subject))

/** The legend of a page: one entry for each flag the page shows, none for flags it does not. */
export const legendFor = (flags: Iterable<CitationFlag | CitationFlag[]>): LegendEntry[] => {
  const used = new Set([...flags].flat().map((flag) => flag.key))
  return FLAG_KEYS.filter((key) => used.has(key)).map((key) => ({
    key,
    term: PROVENANCE_FLAGS[key].text,
    meaning: PROVENANCE_FLAGS[key].legend,
  }))
}
