import type { CollectionSlug, PayloadRequest } from 'payload'

type AuthorsArgs = { req: PayloadRequest; collection: CollectionSlug; id: string | number }

const idOf = (value: unknown): string | null => {
  if (typeof value === 'string' || typeof value === 'number') return String(value)
  if (value && typeof value === 'object' && 'id' in value) return String((value as { id: unknown }).id)
  return null
}

/**
 * Everyone who changed the document's content since it was last published, read from its version
 * history (each version records who changed the content in it), newest first.
 */
export const contentAuthorsSincePublication = async ({
  req,
  collection,
  id,
}: AuthorsArgs): Promise<Set<string>> => {
  const authors = new Set<string>()
  let page = 1
  for (;;) {
    const versions = await req.payload.findVersions({
      collection,
      where: { parent: { equals: id } },
      sort: '-updatedAt',
      depth: 0,
      limit: 50,
      page,
      req,
    })
    for (const { version } of versions.docs as { version: { _status?: string; changedBy?: unknown } }[]) {
      if (version._status === 'published') return authors
      const author = idOf(version.changedBy)
      if (author) authors.add(author)
    }
    if (!versions.hasNextPage) return authors
    page += 1
  }
}
