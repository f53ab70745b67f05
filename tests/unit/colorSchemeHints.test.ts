import { withPayload } from '@payloadcms/next/withPayload'
import { describe, expect, it } from 'vitest'

import { scopeColorSchemeHintsToAdmin } from '../../server/colorSchemeHints'

describe('scopeColorSchemeHintsToAdmin', () => {
  it("narrows withPayload's colour-scheme client hints from every path to the admin", async () => {
    const config = scopeColorSchemeHintsToAdmin(withPayload({}))
    const rules = (await config.headers?.()) ?? []
    const hintRules = rules.filter((rule) => rule.headers.some(({ key }) => key === 'Critical-CH'))
    expect(hintRules.map((rule) => rule.source)).toEqual(['/admin/:path*'])
    expect(rules.some((rule) => rule.source === '/:path*')).toBe(false)
  })

  it("keeps the app's own header rules as they are", async () => {
    const own = { source: '/careers/:path*', headers: [{ key: 'X-Robots-Tag', value: 'all' }] }
    const config = scopeColorSchemeHintsToAdmin(withPayload({ headers: async () => [own] }))
    expect(await config.headers?.()).toContainEqual(own)
  })
})
