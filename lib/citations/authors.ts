/**
 * A person: family name in `name`, given names in `given`, a generational suffix ("Jr.", "III") in
 * `suffix`. An organisation: `name` only. A suffix typed into the family name ("McFowland III") is
 * read as a suffix too, so records entered before the field existed still cite correctly.
 */
export type Author = { name: string; given?: string | null; suffix?: string | null }

/** APA lists every author up to this many; beyond it, the first 19, an ellipsis and the last. */
export const APA_MAX_LISTED = 20

const SUFFIX = /^(?<family>.+?),?\s+(?<suffix>Jr\.?|Sr\.?|II|III|IV|V|VI)$/

const withPeriod = (suffix: string) => (/^(Jr|Sr)$/.test(suffix) ? `${suffix}.` : suffix)

/** The family name and suffix of a person; an organisation's name is never split. */
export const splitSuffix = ({ name, given, suffix }: Author): { family: string; suffix: string | null } => {
  if (suffix?.trim()) return { family: name.trim(), suffix: withPeriod(suffix.trim()) }
  const match = given ? name.trim().match(SUFFIX) : null
  if (!match?.groups) return { family: name.trim(), suffix: null }
  return { family: match.groups.family!, suffix: withPeriod(match.groups.suffix!) }
}

/** "Ethan R." → "E. R."; "Jean-Paul" → "J.-P.". */
const initials = (given: string): string =>
  given
    .split(/[\s.]+/)
    .filter(Boolean)
    .map((part) =>
      part
        .split('-')
        .filter(Boolean)
        .map((piece) => `${piece[0]}.`)
        .join('-'),
    )
    .join(' ')

/** "Noy, S." for a person, "McFowland, E., III" with a suffix; an organisation keeps its name. */
export const formatAuthor = (author: Author): string => {
  if (!author.given) return author.name
  const { family, suffix } = splitSuffix(author)
  return `${family}, ${initials(author.given)}${suffix ? `, ${suffix}` : ''}`
}

/**
 * The reference-list form, APA 7: "Noy, S., & Zhang, W."; up to 20 authors all named with "&" before
 * the last; from 21 on, the first 19, an ellipsis, then the last author.
 */
export const formatAuthorList = (authors: Author[]): string => {
  const names = authors.map(formatAuthor)
  if (names.length <= 1) return names[0] ?? ''
  if (names.length > APA_MAX_LISTED) {
    return `${names.slice(0, APA_MAX_LISTED - 1).join(', ')}, . . . ${names[names.length - 1]}`
  }
  return `${names.slice(0, -1).join(', ')}, & ${names[names.length - 1]}`
}

/** The in-text form: "Noy & Zhang", "Brynjolfsson et al.", "World Economic Forum"; no suffixes. */
export const shortAuthors = (authors: Author[]): string => {
  const [first, second] = authors.map((author) => (author.given ? splitSuffix(author).family : author.name))
  if (!first) return ''
  if (authors.length === 1) return first
  if (authors.length === 2 && second) return `${first} & ${second}`
  return `${first} et al.`
}
