import type { CollectionSlug, PayloadRequest } from 'payload'

import { loadDocuments, refKey } from '../documents'
import type { DocumentRef, ResolvedWorkflowOptions } from '../../types'

type Doc = Record<string, unknown>

export type Member = DocumentRef & { doc: Doc }

/** Citation chains are short (page → finding → source); this bounds a malformed loop all the same. */
const MAX_DEPTH = 6

type DependencyArgs = { req: PayloadRequest; options: ResolvedWorkflowOptions; lead: Member }

/**
 * The unpublished documents a document needs before it can go live, followed through what they need in
 * turn: the members a review bundle carries along with it. A document counts as unpublished when
 * readers do not see it. Two queries per collection per step of the chain.
 */
export const unpublishedDependencies = async ({ req, options, lead }: DependencyArgs): Promise<Member[]> => {
  const { dependenciesOf } = options
  if (!dependenciesOf) return []
  const governed = new Set<string>(options.collections)
  const seen = new Set([refKey(lead)])
  const found: Member[] = []
  let frontier: Member[] = [lead]

  for (let depth = 0; depth < MAX_DEPTH && frontier.length > 0; depth++) {
    const next: DocumentRef[] = []
    for (const ref of frontier.flatMap(({ collection, doc }) => dependenciesOf({ collection, doc }))) {
      const cited = { collection: ref.collection as CollectionSlug, id: String(ref.id) }
      if (!governed.has(cited.collection) || seen.has(refKey(cited))) continue
      seen.add(refKey(cited))
      next.push(cited)
    }
    if (next.length === 0) break
    const live = await loadDocuments({ payload: req.payload, req, refs: next, draft: false })
    const unpublished = next.filter((ref) => live.get(refKey(ref))?._status !== 'published')
    const newest = await loadDocuments({ payload: req.payload, req, refs: unpublished })
    frontier = unpublished.flatMap((ref) => {
      const doc = newest.get(refKey(ref))
      return doc ? [{ ...ref, doc }] : []
    })
    found.push(...frontier)
  }
  return found
}
