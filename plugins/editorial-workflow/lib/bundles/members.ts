import type { PayloadRequest, Where } from 'payload'

import { loadDocuments, refKey } from '../documents'
import { BUNDLES_SLUG } from '../slugs'
import type { DocumentRef } from '../../types'
import type { Member } from './dependencies'

export type BundleMemberRow = {
  key: string
  collectionSlug: string
  documentId: string
  title?: string | null
}

export type BundleDoc = {
  id: string | number
  title: string
  status: 'open' | 'published' | 'dissolved'
  lead: { collectionSlug: string; documentId: string }
  members: BundleMemberRow[]
}

export const refOfRow = (row: BundleMemberRow): DocumentRef =>
  ({ collection: row.collectionSlug, id: row.documentId }) as DocumentRef

/** The open bundles any of these documents belong to (a document is in at most one). One query. */
export const openBundlesOf = async (req: PayloadRequest, refs: DocumentRef[]): Promise<BundleDoc[]> => {
  if (refs.length === 0) return []
  const where: Where = {
    and: [{ status: { equals: 'open' } }, { 'members.key': { in: refs.map(refKey) } }],
  }
  const { docs } = await req.payload.find({
    collection: BUNDLES_SLUG as never,
    where,
    depth: 0,
    limit: refs.length,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return docs as unknown as BundleDoc[]
}

export const openBundleOf = async (req: PayloadRequest, ref: DocumentRef) =>
  (await openBundlesOf(req, [ref]))[0]

export const findBundle = async (req: PayloadRequest, id: string | number) =>
  (await req.payload.findByID({
    collection: BUNDLES_SLUG as never,
    id,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  })) as unknown as BundleDoc | null

/** The bundle's members with their newest versions, in the bundle's order. */
export const loadMembers = async (req: PayloadRequest, bundle: BundleDoc): Promise<Member[]> => {
  const refs = bundle.members.map(refOfRow)
  const newest = await loadDocuments({ payload: req.payload, req, refs })
  return refs.flatMap((ref) => {
    const doc = newest.get(refKey(ref))
    return doc ? [{ ...ref, doc }] : []
  })
}
