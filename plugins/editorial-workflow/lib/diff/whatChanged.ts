import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

import { BOOKKEEPING } from '../content'
import { pluralOf, nounOf } from '../documents'
import type { ResolvedWorkflowOptions } from '../../types'
import { diffDocuments } from './diffDocuments'
import { lastPublished } from './lastPublished'
import { summariseDiff } from './summariseDiff'
import type { CollectionNames, DocumentDiff } from './types'

type Doc = Record<string, unknown>

type Args = {
  payload: Payload
  req?: PayloadRequest
  options: Pick<ResolvedWorkflowOptions, 'summarise'>
  collection: string
  /** The version under review (its newest draft). */
  current: Doc
}

/** How every collection names its documents, for sentences like "1 finding added". */
export const collectionNames = (payload: Payload): CollectionNames =>
  Object.fromEntries(
    Object.keys(payload.collections).map((slug) => [
      slug,
      { singular: nounOf(payload, slug), plural: pluralOf(payload, slug).toLowerCase() },
    ]),
  )

/**
 * What the version under review changes for readers: its diff against the last published version, the
 * app's headline judgements (`summarise`) included. A few queries, whatever the document's size.
 */
export const whatChanged = async ({
  payload,
  req,
  options,
  collection,
  current,
}: Args): Promise<DocumentDiff> => {
  const config = payload.collections[collection as CollectionSlug]?.config
  if (!config) return { isNew: false, changes: [], summaries: [] }
  const published = await lastPublished({ payload, req, collection, id: String(current.id) })
  const summarise = options.summarise
  const summaries =
    summarise && published
      ? {
          published: await summarise({ payload, req, collection, doc: published }),
          current: await summarise({ payload, req, collection, doc: current }),
        }
      : undefined
  return diffDocuments({ fields: config.fields, published, current, ignore: BOOKKEEPING, summaries })
}

/** The diff in one line, as the review queue shows it. */
export const changeSummary = async (args: Args): Promise<string> =>
  summariseDiff(await whatChanged(args), collectionNames(args.payload))
