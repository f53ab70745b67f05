import type { CollectionSlug, PayloadRequest } from 'payload'

type SendBackArgs = { req: PayloadRequest; collection: CollectionSlug; id: string; reason: string }

type Doc = Record<string, unknown>

/** A document's fields as data for a save: what Payload stamps itself is left out. */
const asData = ({ id: _id, createdAt: _created, updatedAt: _updated, ...data }: Doc) => data

/**
 * Puts a published document back in review on the system's authority, keeping it readable. When an
 * edit is pending as a draft, saving the flag onto that draft would replace the live page with it
 * (unpublished, so readers would lose the page): the live version is flagged instead, and the pending
 * draft is put back on top of it, author included, to be reviewed with it.
 */
export const sendBackToReview = async ({ req, collection, id, reason }: SendBackArgs) => {
  const flag = { stage: 'in-review', reviewNote: reason }
  const asSystem = {
    collection,
    id,
    context: { workflowSystem: true, workflowActor: 'source retraction', workflowStage: 'in-review' },
    overrideAccess: true,
    req,
  }
  const read = (draft: boolean) =>
    req.payload.findByID({ collection, id, draft, depth: 0, overrideAccess: true, req }) as Promise<unknown>
  const latest = (await read(true)) as Doc

  // The collection is only known at run time, so its data type is too.
  if (latest._status === 'published') {
    await req.payload.update({ ...asSystem, data: flag as never })
    return
  }
  const live = (await read(false)) as Doc
  await req.payload.update({ ...asSystem, data: { ...asData(live), ...flag, _status: 'published' } as never })
  await req.payload.update({ ...asSystem, draft: true, data: { ...asData(latest), ...flag } as never })
}
