/**
 * How many proxies stand between readers and the app (`TRUSTED_PROXY_HOPS`, default 0: readers
 * connect to the app itself). Behind the shipped nginx config it is 1. A value that is not a whole
 * number is refused at the first request rather than guessed at.
 */
export const trustedProxyHops = (): number => {
  const setting = process.env.TRUSTED_PROXY_HOPS?.trim() || '0'
  if (!/^\d+$/.test(setting)) {
    throw new Error(`TRUSTED_PROXY_HOPS must be a whole number of proxies (0 or more), not "${setting}".`)
  }
  return Number(setting)
}
