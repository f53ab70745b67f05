import type { CollectionSlug, PayloadRequest } from 'payload'

/** The person who last changed the content: stage-only saves do not make someone an author. */
export const lastAuthor = async (req: PayloadRequest, collection: string, id: string): Promise<string> => {
  const { docs } = await req.payload.findVersions({
    collection: collection as CollectionSlug,
    where: { and: [{ parent: { equals: id } }, { 'version.changedBy': { exists: true } }] },
    sort: '-updatedAt',
    limit: 1,
    depth: 1,
    overrideAccess: true,
    req,
  })
  const author = (
    docs[0]?.version as { changedBy?: { email?: string; name?: string } | string | null } | undefined
  )?.changedBy
  if (author && typeof author === 'object') return author.name || author.email || 'not recorded'
  return 'not recorded'
}

/** How a person is named in the queue and on claims: their name, else their email. */
export const personName = (user: { name?: unknown; email?: unknown; id?: unknown } | null | undefined) =>
  String(user?.name || user?.email || user?.id || 'someone')
