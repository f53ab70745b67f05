import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import type { Lookup } from './affectedTags'
import { expireTags } from './revalidate'

type Doc = Record<string, unknown> & { id?: unknown; _status?: unknown }

type HookOptions = {
  /** The tags of every cached page that shows any of these versions of the document. */
  affectedTags: (lookup: Lookup, versions: Doc[]) => Promise<string[]>
  /** Extra reasons to expire at once instead of serving the old page while re-rendering. */
  urgent?: (doc: Doc, previousDoc: Doc | undefined) => boolean
}

const published = (doc: Doc | undefined): doc is Doc => doc?._status === 'published'

/**
 * afterChange and afterDelete hooks that expire the pages a change reaches. Drafts nobody can see
 * change nothing; the seed sets `context.disableRevalidate`. Publishing, unpublishing and deleting
 * expire at once, so the next request shows the new state (a 404 for a page taken down); edits to a
 * page that stays published are refreshed in the background while the old one is served.
 */
export const revalidationHooks = ({ affectedTags, urgent = () => false }: HookOptions) => {
  const afterChange: CollectionAfterChangeHook = async ({ doc, previousDoc, req, context }) => {
    if (context.disableRevalidate) return doc
    const versions = [doc, previousDoc].filter(published)
    if (versions.length === 0) return doc
    const immediately = published(doc) !== published(previousDoc) || urgent(doc, previousDoc)
    expireTags({ tags: await affectedTags({ payload: req.payload, req }, versions), immediately })
    return doc
  }

  const afterDelete: CollectionAfterDeleteHook = async ({ doc, req, context }) => {
    if (context.disableRevalidate || !published(doc)) return doc
    expireTags({ tags: await affectedTags({ payload: req.payload, req }, [doc]), immediately: true })
    return doc
  }

  return { afterChange, afterDelete }
}
