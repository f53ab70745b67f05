import type { PayloadRequest } from 'payload'

import { changeSummary } from '../diff/whatChanged'
import { nounOf, pluralOf, titleOf } from '../documents'
import { lastAuthor, personName } from '../queue/author'
import { bundleRowKey, putQueueRow } from '../queue/rows'
import type { ResolvedWorkflowOptions } from '../../types'
import type { Member } from './dependencies'
import type { BundleDoc } from './members'

/** "1 finding and 1 source not yet live": what a bundle carries besides its lead. */
const carried = (req: PayloadRequest, dependencies: Member[]) => {
  const counts = new Map<string, number>()
  for (const { collection } of dependencies) counts.set(collection, (counts.get(collection) ?? 0) + 1)
  const parts = [...counts].map(([collection, n]) =>
    n === 1
      ? `1 ${nounOf(req.payload, collection)}`
      : `${n} ${pluralOf(req.payload, collection).toLowerCase()}`,
  )
  const list = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : parts[0]
  return `${list} not yet live`
}

type RowArgs = { req: PayloadRequest; options: ResolvedWorkflowOptions; bundle: BundleDoc; members: Member[] }

/** Puts a submitted bundle in the review queue as one item. */
export const queueBundle = async ({ req, options, bundle, members }: RowArgs) => {
  const [lead, ...dependencies] = members
  const summary = await changeSummary({
    payload: req.payload,
    req,
    options,
    collection: lead.collection,
    current: lead.doc,
  })
  await putQueueRow(req, {
    key: bundleRowKey(bundle.id),
    collectionSlug: lead.collection,
    documentId: lead.id,
    bundle: String(bundle.id),
    members: members.length,
    title: titleOf(req.payload, lead.collection, lead.doc),
    author: await lastAuthor(req, lead.collection, lead.id),
    submittedBy: personName(req.user),
    summary: `${summary}; with ${carried(req, dependencies)}`,
  })
}
