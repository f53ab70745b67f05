import { isIPv6 } from 'node:net'

import { trustedProxyHops } from '../../../server/trustedProxyHops'

const IPV4_MAPPED = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i

/** An IPv6 client is given a whole /64, so it is counted by its first four groups. */
const bucketOf = (address: string): string => {
  const mapped = IPV4_MAPPED.exec(address)
  if (mapped) return mapped[1]
  if (!isIPv6(address)) return address
  const [head, tail] = address.split('::')
  const left = head ? head.split(':') : []
  const right = tail ? tail.split(':') : []
  const zeros = tail === undefined ? [] : Array(8 - left.length - right.length).fill('0')
  const groups = [...left, ...zeros, ...right].slice(0, 4)
  return `${groups.map((group) => parseInt(group, 16).toString(16)).join(':')}::/64`
}

type ClientKeyArgs = {
  headers: Headers
  /** Proxies in front of the app that set or append X-Forwarded-For; `TRUSTED_PROXY_HOPS` by default. */
  trustedHops?: number
}

/**
 * Who is submitting, for the rate limit. The app's server (`server/serve.mjs`) appends the address
 * of the connection to X-Forwarded-For, so the list always ends with the peer; each trusted proxy
 * in front named the one before it. The entry `trustedHops` from the end is therefore the reader,
 * and anything further left was written by the client itself and is never used: a fresh
 * X-Forwarded-For per request does not make a fresh client.
 */
export const clientKeyFrom = ({ headers, trustedHops = trustedProxyHops() }: ClientKeyArgs): string => {
  const chain = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((hop) => hop.trim())
    .filter(Boolean)
  const client = chain[Math.max(0, chain.length - 1 - trustedHops)]
  return client ? bucketOf(client) : 'unknown'
}
