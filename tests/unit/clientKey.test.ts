import { describe, expect, it } from 'vitest'

import { clientKeyFrom } from '../../lib/assessment/submit/clientKey'

/** The headers as the app's server passes them on: whatever arrived, then the connection's address. */
const arriving = (forwardedFor: string | null, peer: string) =>
  new Headers({ 'x-forwarded-for': forwardedFor ? `${forwardedFor}, ${peer}` : peer })

describe('clientKeyFrom', () => {
  it('uses the connection address when no proxy is trusted, whatever the client claims', () => {
    const keys = ['198.51.100.1', '198.51.100.2', '203.0.113.9, 10.0.0.1'].map((claimed) =>
      clientKeyFrom({ headers: arriving(claimed, '192.0.2.50'), trustedHops: 0 }),
    )
    expect(keys).toEqual(['192.0.2.50', '192.0.2.50', '192.0.2.50'])
  })

  it('behind one proxy, uses the address that proxy saw, not what the client wrote before it', () => {
    // nginx replaces the header with $remote_addr; a proxy that appends gives the same answer.
    const replaced = arriving('203.0.113.7', '127.0.0.1')
    const appended = arriving('1.2.3.4, 203.0.113.7', '127.0.0.1')
    expect(clientKeyFrom({ headers: replaced, trustedHops: 1 })).toBe('203.0.113.7')
    expect(clientKeyFrom({ headers: appended, trustedHops: 1 })).toBe('203.0.113.7')
  })

  it('falls back to the nearest address when fewer hops arrived than are trusted', () => {
    expect(clientKeyFrom({ headers: arriving(null, '192.0.2.50'), trustedHops: 2 })).toBe('192.0.2.50')
  })

  it('counts an IPv6 client by its /64 and an IPv4-mapped address as IPv4', () => {
    const a = clientKeyFrom({ headers: arriving(null, '2001:db8:1:2:aaaa::1'), trustedHops: 0 })
    const b = clientKeyFrom({ headers: arriving(null, '2001:db8:1:2:bbbb:cccc:dddd:eeee'), trustedHops: 0 })
    expect(a).toBe('2001:db8:1:2::/64')
    expect(b).toBe(a)
    expect(clientKeyFrom({ headers: arriving(null, '::1'), trustedHops: 0 })).toBe('0:0:0:0::/64')
    expect(clientKeyFrom({ headers: arriving(null, '::ffff:192.0.2.5'), trustedHops: 0 })).toBe('192.0.2.5')
  })

  it('reads TRUSTED_PROXY_HOPS and refuses a value that is not a whole number', () => {
    const headers = arriving('203.0.113.7', '127.0.0.1')
    process.env.TRUSTED_PROXY_HOPS = '1'
    expect(clientKeyFrom({ headers })).toBe('203.0.113.7')
    process.env.TRUSTED_PROXY_HOPS = 'one'
    expect(() => clientKeyFrom({ headers })).toThrow(/TRUSTED_PROXY_HOPS must be a whole number/)
    delete process.env.TRUSTED_PROXY_HOPS
    expect(clientKeyFrom({ headers })).toBe('127.0.0.1')
  })
})
