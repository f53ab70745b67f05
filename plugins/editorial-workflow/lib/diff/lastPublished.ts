import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

type Doc = Record<string, unknown>

type Args = { payload: Payload; req?: PayloadRequest; collection: string; id: string }

/**
 * The version readers saw last, or null when the document was never published. A live document is its
 * main record (drafts are saved beside it as versions); otherwise the newest published version, if any.
 */
export const lastPublished = async ({ payload, req, collection, id }: Args): Promise<Doc | null> => {
  const slug = collection as CollectionSlug
  const main = (await payload.findByID({
    collection: slug,
    id,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  })) as Doc | null
  if (main?._status === 'published') return main
  const { docs } = await payload.findVersions({
    collection: slug,
    where: { and: [{ parent: { equals: id } }, { 'version._status': { equals: 'published' } }] },
    sort: '-updatedAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return (docs[0]?.version as unknown as Doc | undefined) ?? null
}
