import fs from 'node:fs'

import { describe, expect, it } from 'vitest'

import { privateNginxConfig, SHIPPED_PAGE_COPIES } from '../../scripts/lib/privateNginx'
import { securityHeaders } from '../../server/securityHeaders'

const config = fs.readFileSync('deploy/nginx/career-evidence.conf', 'utf8')

/** The `add_header` lines of one location block of the shipped config, by header name. */
const headersOf = (location: string): Map<string, string> => {
  const start = config.indexOf(`location ${location} {`)
  const block = config.slice(start, config.indexOf('\n    }', start))
  return new Map([...block.matchAll(/add_header ([\w-]+) "([^"]*)"/g)].map((match) => [match[1]!, match[2]!]))
}

describe('the shipped nginx config (deploy/nginx)', () => {
  it('serves page copies with the same security headers the app sends with every page', () => {
    const copies = headersOf('/')
    for (const { key, value } of securityHeaders({ dev: false })) {
      expect(copies.get(key), key).toBe(value)
    }
  })

  it('is run by the tests and benchmarks with the page copies where the app writes them', () => {
    const pageCopies = '/tmp/career-evidence-pages-test/pages'
    const run = privateNginxConfig({
      dir: '/tmp/nginx-test',
      port: 8081,
      upstream: '127.0.0.1:3001',
      pageCopies,
    })
    expect(run).toContain(`root ${pageCopies};`)
    expect(run).toContain('proxy_cache_path /tmp/nginx-test/cache ')
    expect(run).not.toContain(SHIPPED_PAGE_COPIES)
    expect(run).not.toContain('/var/cache/nginx')
  })
})
