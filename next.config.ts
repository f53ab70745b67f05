import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

import { scopeColorSchemeHintsToAdmin } from './server/colorSchemeHints'

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // `npm test` type-checks the whole project (tests included); the build does not repeat it.
  typescript: { ignoreBuildErrors: true },
  experimental: {
    turbopackFileSystemCacheForBuild: false,
  },
}

export default scopeColorSchemeHintsToAdmin(withPayload(nextConfig, { devBundleServerPackages: false }))
