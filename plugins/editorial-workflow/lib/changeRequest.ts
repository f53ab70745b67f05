import type { CollectionSlug, PayloadRequest } from 'payload'

import type { ChangeRequest, ResolvedWorkflowOptions } from '../types'

type Person = Record<string, unknown> & { email?: string | null }

type OpenArgs = {
  req: PayloadRequest
  options: ResolvedWorkflowOptions
  collection: string
  doc: Record<string, unknown>
}

/** A person as colleagues know them: their name when the account has one, else their e-mail. */
export const personName = (person: unknown, options: ResolvedWorkflowOptions): string | null => {
  if (!person || typeof person !== 'object') return null
  const name = (person as Person)[options.userNameField]
  if (typeof name === 'string' && name.trim()) return name
  return (person as Person).email ?? null
}

/**
 * The note open on a document, with who wrote it and when, read from the audit entry of the move
 * that set it. The audit log is for reviewers; an editor learns only about this one note, which
 * their own document already shows them.
 */
export const openChangeRequest = async ({
  req,
  options,
  collection,
  doc,
}: OpenArgs): Promise<ChangeRequest | null> => {
  const note = typeof doc.reviewNote === 'string' ? doc.reviewNote.trim() : ''
  if (!note) return null
  const { docs } = await req.payload.find({
    collection: options.auditLogSlug as CollectionSlug,
    where: {
      and: [
        { collectionSlug: { equals: collection } },
        { documentId: { equals: String(doc.id) } },
        { note: { exists: true } },
      ],
    },
    sort: '-createdAt',
    limit: 1,
    depth: 1,
    overrideAccess: true,
    req,
  })
  const entry = docs[0] as unknown as
    { user?: unknown; actor?: string; to?: string; createdAt?: string } | undefined
  return {
    note,
    stage: String(entry?.to ?? doc.stage ?? ''),
    by: personName(entry?.user, options) ?? entry?.actor ?? 'a reviewer',
    at: String(entry?.createdAt ?? doc.updatedAt ?? ''),
  }
}
