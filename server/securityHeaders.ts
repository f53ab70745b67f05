import type { NextConfig } from 'next'

type HeaderRule = Awaited<ReturnType<NonNullable<NextConfig['headers']>>>[number]

/**
 * One policy for the public site and the Payload admin. Scripts may be inline: Next streams each
 * page's data as inline scripts, different on every page, so they cannot be listed by hash, and
 * nonces would need every page rendered per request, which rules out the page cache and the nginx
 * micro-cache. What keeps inline script safe here is that no page renders HTML from its content
 * (React escapes text; JSON-LD is serialised with `<` escaped) and that nothing is loaded, sent or
 * posted anywhere but this origin. `next dev` also needs eval and its websocket for hot reload.
 */
const contentSecurityPolicy = (dev: boolean): string =>
  [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ''}`,
    // The public layout inlines its stylesheet; the admin sets style attributes.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${dev ? ' ws: wss:' : ''}`,
    "worker-src 'self' blob:",
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    // Only this site may frame its pages (the admin previewing one), never another site.
    "frame-ancestors 'self'",
  ].join('; ')

export const securityHeaders = ({ dev }: { dev: boolean }) => [
  { key: 'Content-Security-Policy', value: contentSecurityPolicy(dev) },
  { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  // Result URLs are private: other sites learn only the origin a reader came from.
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()' },
]

/** Adds the security headers to every response: pages, the admin, the APIs and static files. */
export const withSecurityHeaders = (config: NextConfig): NextConfig => ({
  ...config,
  headers: async (): Promise<HeaderRule[]> => [
    ...((await config.headers?.()) ?? []),
    { source: '/:path*', headers: securityHeaders({ dev: process.env.NODE_ENV === 'development' }) },
  ],
})
