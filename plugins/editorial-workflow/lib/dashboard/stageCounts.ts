import type { CollectionSlug, Payload } from 'payload'

import { STAGES, type Stage } from '../../stages'
import { collectionLabel } from '../reviewQueue'

export type StageCounts = { collection: string; label: string; counts: Record<Stage, number> }

/**
 * How many documents of each collection stand at each stage, counted on their newest versions (a live
 * page with an edit in review counts as in review). One count query per collection and stage, however
 * many documents there are.
 */
export const stageCounts = async (payload: Payload, collections: CollectionSlug[]): Promise<StageCounts[]> =>
  Promise.all(
    collections.map(async (collection) => {
      const counts = await Promise.all(
        STAGES.map(async (stage) => {
          const { totalDocs } = await payload.countVersions({
            collection,
            where: { and: [{ latest: { equals: true } }, { 'version.stage': { equals: stage } }] },
            overrideAccess: true,
          })
          return [stage, totalDocs] as const
        }),
      )
      return {
        collection,
        label: String(
          payload.collections[collection]?.config.labels?.plural ?? collectionLabel(payload, collection),
        ),
        counts: Object.fromEntries(counts) as Record<Stage, number>,
      }
    }),
  )
