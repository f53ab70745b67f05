import type { CollectionConfig } from 'payload'

import { contentAccess } from '../access/contentAccess'
import { hideDraftsFromReaders } from '../hooks/hideDraftsFromReaders'
import { keepEditorsToDrafts } from '../hooks/keepEditorsToDrafts'

/**
 * What every editorial collection shares: drafts with version history, published-only reads for the
 * public, and editors confined to drafts. A collection's own access and hooks are kept, not replaced.
 */
export const contentCollection = (config: CollectionConfig): CollectionConfig => ({
  ...config,
  access: { ...contentAccess, ...config.access },
  versions: { drafts: true, maxPerDoc: 100 },
  hooks: {
    ...config.hooks,
    beforeOperation: [
      hideDraftsFromReaders,
      keepEditorsToDrafts,
      ...(config.hooks?.beforeOperation ?? []),
    ],
  },
})
