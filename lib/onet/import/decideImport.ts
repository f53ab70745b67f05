import type { PayloadRequest } from 'payload'

import { expireTags } from '../../cache/revalidate'
import { cacheTags } from '../../cache/tags'
import { IMPORT_CONTEXT } from './writeChanges'

type ImportDoc = Record<string, unknown> & { id: string | number; title?: string; dataset?: unknown }
type Collection = 'careers' | 'skills'

const idOf = (value: unknown) =>
  value && typeof value === 'object' && 'id' in value
    ? String((value as { id: unknown }).id)
    : String(value ?? '')

/** Documents whose newest version this run wrote and nobody has published yet. */
const pendingOf = async (req: PayloadRequest, collection: Collection, importRun: string) => {
  const { docs } = await req.payload.find({
    collection,
    where: { and: [{ 'onet.importRun': { equals: importRun } }, { _status: { equals: 'draft' } }] },
    select: { slug: true },
    draft: true,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return docs as unknown as { id: string | number; slug?: string | null }[]
}

const audit = async (req: PayloadRequest, importRun: ImportDoc, to: 'published' | 'draft', note: string) =>
  req.payload.create({
    collection: 'audit-log',
    data: {
      summary: `imports “${importRun.title ?? importRun.id}”: ${to === 'published' ? 'approved and published' : 'rejected'}`,
      user: req.user?.id ?? null,
      actor: req.user ? String(req.user.email ?? req.user.id) : 'system',
      collectionSlug: 'imports',
      documentId: String(importRun.id),
      from: 'in-review',
      to: to === 'published' ? 'published' : 'changes-requested',
      note,
    },
    overrideAccess: true,
    req,
  })

/**
 * Publishes, as one batch in the approving request's transaction, every career and skill the run
 * wrote (and the dataset's source record if the run created it), then expires the pages they show on.
 */
export const publishImport = async ({ req, importRun }: { req: PayloadRequest; importRun: ImportDoc }) => {
  const run = String(importRun.id)
  const tags: string[] = [cacheTags.catalogue]
  for (const collection of ['skills', 'careers'] as const) {
    for (const doc of await pendingOf(req, collection, run)) {
      await req.payload.update({
        collection,
        id: doc.id,
        data: { _status: 'published' },
        depth: 0,
        select: { slug: true },
        overrideAccess: true,
        context: IMPORT_CONTEXT,
        req,
      })
      if (doc.slug)
        tags.push(collection === 'careers' ? cacheTags.career(doc.slug) : cacheTags.skill(doc.slug))
    }
  }
  const dataset = idOf(importRun.dataset)
  const source = await req.payload.findByID({
    collection: 'sources',
    id: dataset,
    draft: true,
    depth: 0,
    overrideAccess: true,
    req,
  })
  if (source._status !== 'published') {
    await req.payload.update({
      collection: 'sources',
      id: dataset,
      data: { _status: 'published' },
      overrideAccess: true,
      context: IMPORT_CONTEXT,
      req,
    })
  }
  await audit(req, importRun, 'published', String(importRun.decisionNote ?? ''))
  expireTags(tags, req)
}

/**
 * A rejected run leaves nothing behind that readers or the next run could mistake for current: what
 * it created is deleted (it was never published); drafts it wrote over published documents stay in
 * their history, and the next run compares against what is published.
 */
export const rollBackImport = async ({ req, importRun }: { req: PayloadRequest; importRun: ImportDoc }) => {
  const run = String(importRun.id)
  for (const collection of ['careers', 'skills'] as const) {
    await req.payload.delete({
      collection,
      where: { and: [{ 'onet.importRun': { equals: run } }, { _status: { equals: 'draft' } }] },
      overrideAccess: true,
      context: IMPORT_CONTEXT,
      req,
    })
  }
  await audit(req, importRun, 'draft', String(importRun.decisionNote ?? ''))
}
