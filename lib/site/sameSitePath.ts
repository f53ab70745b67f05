/** A base no real request has: anything that resolves elsewhere has left the site. */
const HERE = 'http://same-site.invalid'

/**
 * The path to send a person back to, when it stays on this site; otherwise the home page. Browsers
 * read `/\evil.example` (and `//evil.example`, and either with tabs or newlines inside) as another
 * host, so the value is resolved the way a browser would and kept only if it still points here.
 */
export const sameSitePath = (value: string | null | undefined, fallback = '/'): string => {
  if (!value || !value.startsWith('/')) return fallback
  let url: URL
  try {
    url = new URL(value, HERE)
  } catch {
    return fallback
  }
  if (url.origin !== HERE) return fallback
  return `${url.pathname}${url.search}${url.hash}`
}
