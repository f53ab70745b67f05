import type { CollectionConfig } from 'payload'

import { contentAccess } from '../access/contentAccess'
import { hideDraftsFromReaders } from '../hooks/hideDraftsFromReaders'
import { refuseStaleSaves } from '../hooks/refuseStaleSaves'
import { EDIT_LOCK, LOCK_HOLDER_NAME } from './editLock'

/**
 * What every editorial collection shares: drafts with version history, published-only reads for
 * the public, short edit locks that name their holder, and no save over someone else's newer one. Review rules come from the editorial-workflow plugin. A collection's own access and
 * hooks are kept, not replaced.
 */
export const contentCollection = (config: CollectionConfig): CollectionConfig => ({
  ...config,
  access: { ...contentAccess, ...config.access },
  versions: { drafts: true, maxPerDoc: 100 },
  lockDocuments: EDIT_LOCK,
  admin: {
    ...config.admin,
    components: {
      ...config.admin?.components,
      edit: {
        ...config.admin?.components?.edit,
        beforeDocumentControls: [
          ...(config.admin?.components?.edit?.beforeDocumentControls ?? []),
          LOCK_HOLDER_NAME,
        ],
      },
    },
  },
  hooks: {
    ...config.hooks,
    beforeOperation: [hideDraftsFromReaders, refuseStaleSaves, ...(config.hooks?.beforeOperation ?? [])],
  },
})
