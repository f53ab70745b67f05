import fs from 'node:fs'

import { describe, expect, it } from 'vitest'

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
})
