import type { CollectionConfig } from 'payload'

import { contentAccess } from '../access/contentAccess'
import { hideDraftsFromReaders } from '../hooks/hideDraftsFromReaders'

/**
 * What every editorial collection shares: drafts with version history and published-only reads for
 * the public. Review rules come from the editorial-workflow plugin. A collection's own access and
 * hooks are kept, not replaced.
 */
export const contentCollection = (config: CollectionConfig): CollectionConfig => ({
  ...config,
  access: { ...contentAccess, ...config.access },
  versions: { drafts: true, maxPerDoc: 100 },
  hooks: {
    ...config.hooks,
    beforeOperation: [hideDraftsFromReaders, ...(config.hooks?.beforeOperation ?? [])],
  },
})
