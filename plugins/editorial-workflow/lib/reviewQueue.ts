import type { CollectionSlug, Payload, TypedUser } from 'payload'

import type { ResolvedWorkflowOptions } from '../types'

export type QueueItem = {
  collection: string
  id: string
  title: string
  waitingSince: string
  author: string
  ready: boolean
  issues: string[]
}

type QueueArgs = { payload: Payload; user: TypedUser | null | undefined; options: ResolvedWorkflowOptions }

/** Everything waiting for a reviewer, oldest first, with its readiness and who wrote it. */
export const loadReviewQueue = async ({ payload, user, options }: QueueArgs): Promise<QueueItem[]> => {
  const perCollection = await Promise.all(
    options.collections.map(async (slug) => {
      const collection = payload.collections[slug]?.config
      const { docs } = await payload.find({
        collection: slug,
        draft: true,
        where: { stage: { equals: 'in-review' } },
        sort: 'updatedAt',
        depth: 0,
        limit: 100,
        overrideAccess: false,
        user,
      })
      return Promise.all(
        (docs as unknown as Record<string, unknown>[]).map(async (doc) => {
          const readiness = await options.checkReadiness({ payload, collection: slug, data: doc })
          return {
            collection: slug,
            id: String(doc.id),
            title: String(doc[collection?.admin?.useAsTitle ?? 'id'] ?? doc.id),
            waitingSince: String(doc.updatedAt),
            author: await lastAuthor(payload, slug, doc.id),
            ready: readiness.ready,
            issues: readiness.issues.map((issue) => issue.message),
          }
        }),
      )
    }),
  )
  return perCollection.flat().sort((a, b) => a.waitingSince.localeCompare(b.waitingSince))
}

/** The person who last changed the content: stage-only saves do not make someone an author. */
const lastAuthor = async (payload: Payload, collection: CollectionSlug, id: unknown): Promise<string> => {
  const { docs } = await payload.findVersions({
    collection,
    where: { and: [{ parent: { equals: id } }, { 'version.changedBy': { exists: true } }] },
    sort: '-updatedAt',
    limit: 1,
    depth: 1,
  })
  const author = (docs[0]?.version as { changedBy?: { email?: string } | string | null } | undefined)
    ?.changedBy
  return typeof author === 'object' && author?.email ? author.email : 'not recorded'
}
