/**
 * Keys that identify one work however its record was typed, so a second record of the same work is
 * refused: by DOI, by web address, or by title and year.
 */

/** Query parameters that say how a reader arrived, not what they asked for. */
const TRACKING =
  /^(?:utm_.*|fbclid|gclid|dclid|msclkid|yclid|mc_cid|mc_eid|igshid|ref|ref_src|_ga|_gl|_hsenc|_hsmi|spm)$/i

const DOI_RESOLVER = /^(?:https?:\/\/)?(?:dx\.)?doi\.org\//i

/** "https://doi.org/10.1126/SCIENCE.ADH2586", "doi:10.1126/science.adh2586" → "10.1126/science.adh2586". */
export const normaliseDoi = (doi: string | null | undefined): string | null => {
  if (!doi?.trim()) return null
  let bare = doi
    .trim()
    .replace(DOI_RESOLVER, '')
    .replace(/^doi:\s*/i, '')
  try {
    bare = decodeURIComponent(bare)
  } catch {
    // A stray "%" is part of the DOI as typed; keep it.
  }
  bare = bare.replace(/[.\s]+$/, '').toLowerCase()
  return /^10\.\d{4,9}\/\S+$/.test(bare) ? bare : null
}

/** arXiv registers every paper under a DataCite DOI built from its identifier, versions aside. */
const arxivDoi = (url: URL): string | null => {
  if (url.hostname.replace(/^www\./, '') !== 'arxiv.org') return null
  const id = url.pathname.match(/^\/(?:abs|pdf)\/(?<id>\d{4}\.\d{4,5})(?:v\d+)?(?:\.pdf)?\/?$/)?.groups?.id
  return id ? `10.48550/arxiv.${id}` : null
}

const parseUrl = (url: string | null | undefined): URL | null => {
  const typed = url?.trim()
  if (!typed) return null
  // "mailto:", "urn:": a scheme without "//" names no web page; "example.org:8080" is a host and port.
  if (!typed.includes('://') && /^[a-z][a-z\d+.-]*:(?!\d)/i.test(typed)) return null
  try {
    const parsed = new URL(typed.includes('://') ? typed : `https://${typed}`)
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed : null
  } catch {
    return null
  }
}

/**
 * "HTTPS://www.Example.org/report/?utm_source=x#top" → "example.org/report": scheme, "www.", default
 * port, fragment, trailing slash and tracking parameters dropped; other parameters sorted. The path
 * keeps its case, because servers may not.
 */
export const normaliseUrl = (url: string | null | undefined): string | null => {
  const parsed = parseUrl(url)
  if (!parsed) return null
  const host = parsed.hostname.toLowerCase().replace(/^www\./, '')
  const path = parsed.pathname.replace(/\/{2,}/g, '/').replace(/\/+$/, '')
  const params = [...parsed.searchParams]
    .filter(([key]) => !TRACKING.test(key))
    .sort(([a, aValue], [b, bValue]) => a.localeCompare(b) || aValue.localeCompare(bValue))
  const query = params.length ? `?${new URLSearchParams(params).toString()}` : ''
  return `${host}${parsed.port ? `:${parsed.port}` : ''}${path}${query}`
}

/**
 * A title as a comparable string: accents, case, punctuation, quotes and a leading article dropped;
 * "&" read as "and". "The Growing Importance of Social Skills…" and "growing importance of social
 * skills" give the same key.
 */
export const normaliseTitle = (title: string | null | undefined): string | null => {
  const key = (title ?? '')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’‘`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^(?:the|a|an)\s+/, '')
  return key || null
}

export type DuplicateKey = { doi: string | null; url: string | null; titleYear: string | null }

/**
 * The keys under which a source may already exist. A DOI given as a resolver address, or an arXiv
 * address, yields the DOI key even when the DOI field is empty.
 */
export const duplicateKeyOf = ({
  doi,
  url,
  title,
  year,
}: {
  doi?: string | null
  url?: string | null
  title?: string | null
  year?: number | null
}): DuplicateKey => {
  const parsed = parseUrl(url)
  const doiFromUrl =
    url && DOI_RESOLVER.test(url.trim()) ? normaliseDoi(url) : parsed ? arxivDoi(parsed) : null
  const titleKey = normaliseTitle(title)
  return {
    doi: normaliseDoi(doi) ?? doiFromUrl,
    url: normaliseUrl(url),
    titleYear: titleKey && typeof year === 'number' ? `${titleKey}|${year}` : null,
  }
}

/** The keys as tagged strings ("doi:…", "url:…", "title:…|2023"), for storing and matching with `in`. */
export const duplicateKeysOf = (source: Parameters<typeof duplicateKeyOf>[0]): string[] => {
  const { doi, url, titleYear } = duplicateKeyOf(source)
  return [doi && `doi:${doi}`, url && `url:${url}`, titleYear && `title:${titleYear}`].filter(
    (key): key is string => Boolean(key),
  )
}

/** Which key two sources share, or null: what a refusal names ("the same DOI as …"). */
export const sharedKey = (a: DuplicateKey, b: DuplicateKey): keyof DuplicateKey | null => {
  if (a.doi && a.doi === b.doi) return 'doi'
  if (a.url && a.url === b.url) return 'url'
  if (a.titleYear && a.titleYear === b.titleYear) return 'titleYear'
  return null
}
