/**
 * The locale dates are written in when the reader's is unknown (no Accept-Language, or none this
 * runtime supports). British English, because the site's copy is written in it.
 */
export const DEFAULT_LOCALE = 'en-GB'

const supported = (tag: string): string | null => {
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([tag])[0] ?? null
  } catch {
    // A malformed tag (Intl throws RangeError) is skipped like an unsupported one.
    return null
  }
}

/**
 * The reader's preferred locale from an Accept-Language header ("fr-CH, fr;q=0.9, en;q=0.8"):
 * the highest-weighted tag the runtime can format dates in, else `DEFAULT_LOCALE`.
 */
export const readerLocale = (acceptLanguage: string | null | undefined): string => {
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(';')
      const q = params.map((param) => param.trim()).find((param) => param.startsWith('q='))
      return { tag: tag.trim(), weight: q ? Number(q.slice(2)) : 1, index }
    })
    .filter(({ tag, weight }) => tag && tag !== '*' && weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index)
  for (const { tag } of ranked) {
    const locale = supported(tag)
    if (locale) return locale
  }
  return DEFAULT_LOCALE
}
