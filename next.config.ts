import path from 'node:path'

import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

import { scopeColorSchemeHintsToAdmin } from './server/colorSchemeHints'
import { withSecurityHeaders } from './server/securityHeaders'

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Next's file-system cache plus a generation check, so a render that straddles a publish is not kept.
  cacheHandler: path.resolve('lib/cache/cacheHandler.mjs'),
  // `npm test` type-checks the whole project (tests included); the build does not repeat it.
  typescript: { ignoreBuildErrors: true },
  experimental: {
    turbopackFileSystemCacheForBuild: false,
  },
}

export default withSecurityHeaders(
  scopeColorSchemeHintsToAdmin(withPayload(nextConfig, { devBundleServerPackages: false })),
)
