import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

import type { Dependency } from './dependencies'
import type { ReadinessIssue } from './index'

/** How a dependency is named, and the field that holds its name. */
const NAMED: Partial<Record<CollectionSlug, { noun: string; title: string }>> = {
  sources: { noun: 'source', title: 'title' },
  findings: { noun: 'finding', title: 'headline' },
  careers: { noun: 'career', title: 'title' },
  skills: { noun: 'skill', title: 'name' },
}

/** What the person is looking at when they read the message. */
const THIS: Record<string, string> = {
  findings: 'this finding',
  faqs: 'this FAQ',
  'career-skills': 'this page',
}

type Args = {
  payload: Payload
  req?: PayloadRequest
  collection: string
  /** Dependencies that are neither live nor in the bundle being checked. */
  missing: Dependency[]
}

/**
 * Says, for each dependency missing from the live catalogue, that it exists but is not live and how to
 * get it there; dependencies that do not exist at all are left to the readiness schema's own words.
 * One query per collection.
 */
export const draftDependencyIssues = async ({
  payload,
  req,
  collection,
  missing,
}: Args): Promise<ReadinessIssue[]> => {
  const byCollection = new Map<CollectionSlug, Dependency[]>()
  for (const dependency of missing) {
    byCollection.set(dependency.collection, [...(byCollection.get(dependency.collection) ?? []), dependency])
  }
  const found = await Promise.all(
    [...byCollection].map(async ([slug, dependencies]) => {
      const { docs } = await payload.find({
        collection: slug,
        draft: true,
        where: { id: { in: dependencies.map((dependency) => dependency.id) } },
        depth: 0,
        limit: dependencies.length,
        pagination: false,
        overrideAccess: true,
        req,
      })
      const byId = new Map((docs as unknown as Record<string, unknown>[]).map((doc) => [String(doc.id), doc]))
      return dependencies.flatMap((dependency) => {
        const doc = byId.get(dependency.id)
        if (!doc) return []
        const named = NAMED[slug] ?? { noun: 'document', title: 'id' }
        const what = `The ${named.noun} “${String(doc[named.title] ?? doc.id)}”`
        const here = THIS[collection] ?? 'this document'
        const message =
          doc.stage === 'retracted'
            ? `${what} was retracted and is not live; restore it, then submit it with ${here} (as a bundle) or publish it first.`
            : `${what} is a draft; submit it with ${here} (as a bundle) or publish it first.`
        return [{ path: dependency.path, message }]
      })
    }),
  )
  return found.flat()
}
