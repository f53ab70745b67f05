import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import type { Lookup } from './affectedTags'
import { expireTags } from './revalidate'

type Doc = Record<string, unknown> & { id?: unknown; _status?: unknown }

type HookOptions = {
  /** The tags of every cached page that shows any of these versions of the document. */
  affectedTags: (lookup: Lookup, versions: Doc[]) => Promise<string[]>
}

const published = (doc: Doc | undefined): doc is Doc => doc?._status === 'published'

/**
 * afterChange and afterDelete hooks that expire the pages a change reaches: publishing, correcting,
 * unpublishing, retracting and deleting all expire at once, so the next request shows the new state
 * (a 404 for a page taken down). Drafts nobody can see change nothing; the seed sets
 * `context.disableRevalidate`.
 */
export const revalidationHooks = ({ affectedTags }: HookOptions) => {
  const afterChange: CollectionAfterChangeHook = async ({ doc, previousDoc, req, context }) => {
    if (context.disableRevalidate) return doc
    const versions = [doc, previousDoc].filter(published)
    if (versions.length === 0) return doc
    expireTags(await affectedTags({ payload: req.payload, req }, versions), req)
    return doc
  }

  const afterDelete: CollectionAfterDeleteHook = async ({ doc, req, context }) => {
    if (context.disableRevalidate || !published(doc)) return doc
    expireTags(await affectedTags({ payload: req.payload, req }, [doc]), req)
    return doc
  }

  return { afterChange, afterDelete }
}
