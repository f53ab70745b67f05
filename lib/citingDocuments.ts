import type { CollectionSlug, Payload, PayloadRequest, Where } from 'payload'

import { whereCiting } from './evidence/model'

type CitingArgs = { payload: Payload; req: PayloadRequest; sourceId: string }

const publishedIds = async ({ payload, req }: CitingArgs, collection: CollectionSlug, where: Where) => {
  const { docs } = await payload.find({
    collection,
    where: { and: [where, { _status: { equals: 'published' } }] },
    depth: 0,
    select: {},
    pagination: false,
    req,
  })
  return docs.map((doc) => String(doc.id))
}

/**
 * Published documents that rest on a source: its findings, and the FAQs and evidence pages that cite
 * those findings (as headline, numbered finding, or the basis of a rating).
 */
export const findCitingDocuments = async (
  args: CitingArgs,
): Promise<{ collection: CollectionSlug; id: string }[]> => {
  const findings = await publishedIds(args, 'findings', { source: { equals: args.sourceId } })
  if (findings.length === 0) return []
  const [faqs, pages] = await Promise.all([
    publishedIds(args, 'faqs', whereCiting(findings, 'faqs')),
    publishedIds(args, 'career-skills', whereCiting(findings, 'career-skills')),
  ])
  return [
    ...findings.map((id) => ({ collection: 'findings' as const, id })),
    ...faqs.map((id) => ({ collection: 'faqs' as const, id })),
    ...pages.map((id) => ({ collection: 'career-skills' as const, id })),
  ]
}
