import type { Payload, TypedUser } from 'payload'

import { onetAttribution, onetVersionOf } from '../../onet/attribution'
import { paths } from '../../site/paths'
import { isReadySource } from '../graph/readiness'
import type { DatasetView } from '../onetTypes'
import { findPublishedPage } from './findPublished'
import { SELECT } from './selects'

/**
 * The O*NET release the published facts come from: the newest published O*NET dataset source. An
 * import's source is published together with its facts when the import is approved, so the two
 * cannot disagree; the import records themselves are staff-only and are not read here.
 */
export const loadOnetDataset = async ({
  payload,
  viewer,
}: {
  payload: Payload
  viewer?: TypedUser | null
}): Promise<DatasetView | null> => {
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
  const source = docs.find((doc) => isReadySource(doc) && onetVersionOf(doc.title))
  const version = source ? onetVersionOf(source.title) : null
  if (!source || !version) return null
  return {
    title: source.title,
    version,
    href: paths.source(String(source.id)),
    attribution: onetAttribution(version),
  }
}
