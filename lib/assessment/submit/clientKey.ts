/**
 * Who is submitting, for rate limiting. Behind the proxy the deployment uses, the first
 * X-Forwarded-For hop is the client; a direct connection without proxy headers shares one bucket.
 */
export const clientKeyFrom = (headers: Headers): string =>
  headers.get('x-forwarded-for')?.split(',')[0]?.trim() || headers.get('x-real-ip')?.trim() || 'direct'
