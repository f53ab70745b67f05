import type { Payload, TypedUser } from 'payload'

import type { Source } from '../../../payload-types'
import { onetAttribution, onetVersionOf } from '../../onet/attribution'
import { paths } from '../../site/paths'
import { isReadySource } from '../graph/readiness'
import type { DatasetView } from '../onetTypes'
import { findPublishedPage } from './findPublished'
import { SELECT } from './selects'

type Args = { payload: Payload; viewer?: TypedUser | null }

/**
 * The source record of the O*NET release the published facts come from: the newest published O*NET
 * dataset source. An import's source is published together with its facts when the import is
 * approved, so the two cannot disagree; the import records themselves are staff-only and are not read.
 */
export const loadOnetDatasetSource = async ({ payload, viewer }: Args): Promise<Source | null> => {
  const { docs } = await findPublishedPage({
    payload,
    viewer,
    collection: 'sources',
    where: {
      and: [{ 'provenance.sourceType': { equals: 'government-dataset' } }, { title: { contains: 'O*NET' } }],
    },
    select: SELECT.source,
    sort: '-publishedDate',
    limit: 5,
  })
  return docs.find((doc) => isReadySource(doc) && onetVersionOf(doc.title)) ?? null
}

/** That release as list pages credit it: title, version, attribution and its source page. */
export const loadOnetDataset = async (args: Args): Promise<DatasetView | null> => {
  const source = await loadOnetDatasetSource(args)
  const version = source ? onetVersionOf(source.title) : null
  if (!source || !version) return null
  return {
    title: source.title,
    version,
    href: paths.source(String(source.id)),
    attribution: onetAttribution(version),
  }
}
