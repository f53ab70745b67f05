import type { NextConfig } from 'next'

const ADMIN_PATHS = '/admin/:path*'
const HINT = 'Sec-CH-Prefers-Color-Scheme'

type HeaderRule = Awaited<ReturnType<NonNullable<NextConfig['headers']>>>[number]

const isColorSchemeHintRule = (rule: HeaderRule): boolean =>
  rule.source === '/:path*' && rule.headers.some(({ key, value }) => key === 'Critical-CH' && value === HINT)

/**
 * `withPayload` asks every browser for the colour-scheme client hint on every path, with `Critical-CH`.
 * A browser that has not sent the hint yet must then repeat the whole request to get a page: a first
 * visit to an evidence page waited one extra round trip, and `Vary` split proxy caches by colour scheme.
 * Only the admin themes itself from the hint, so the rule is narrowed to the admin's paths.
 */
export const scopeColorSchemeHintsToAdmin = (config: NextConfig): NextConfig => {
  const { headers } = config
  if (!headers) return config
  return {
    ...config,
    headers: async () =>
      (await headers()).map((rule) => (isColorSchemeHintRule(rule) ? { ...rule, source: ADMIN_PATHS } : rule)),
  }
}
