export type Author = { name: string; given?: string | null }

const initials = (given: string): string =>
  given
    .split(/[\s.]+/)
    .filter(Boolean)
    .map((part) => `${part[0]}.`)
    .join(' ')

/** "Noy, S." for a person; an organisation keeps its name as written. */
export const formatAuthor = ({ name, given }: Author): string =>
  given ? `${name}, ${initials(given)}` : name

/** APA-style author list: "Noy, S., & Zhang, W."; three or more joined with commas before "&". */
export const formatAuthorList = (authors: Author[]): string => {
  const names = authors.map(formatAuthor)
  if (names.length <= 1) return names[0] ?? ''
  return `${names.slice(0, -1).join(', ')}, & ${names[names.length - 1]}`
}

/** The in-text form: "Noy & Zhang", "Brynjolfsson et al.", "World Economic Forum". */
export const shortAuthors = (authors: Author[]): string => {
  const [first, second] = authors
  if (!first) return ''
  if (authors.length === 1) return first.name
  if (authors.length === 2 && second) return `${first.name} & ${second.name}`
  return `${first.name} et al.`
}
