/**
 * The public origin used for canonical URLs, Open Graph and the sitemap. Set SITE_URL in production;
 * the default matches `npm start`.
 */
export const siteUrl = (): string =>
  (process.env.SITE_URL || `http://localhost:${process.env.PORT || '3000'}`).replace(/\/+$/, '')

export const absoluteUrl = (path: string): string => `${siteUrl()}${path}`

/** True when SITE_URL names an https address: cookies are then marked `Secure`. */
export const servedOverHttps = (): boolean => siteUrl().startsWith('https://')
