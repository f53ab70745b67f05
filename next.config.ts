import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

const nextConfig: NextConfig = {
  poweredByHeader: false,
  experimental: {
    turbopackFileSystemCacheForBuild: false,
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
