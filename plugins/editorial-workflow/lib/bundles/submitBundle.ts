import type { CollectionSlug, PayloadRequest } from 'payload'

import { actorOf } from '../actor'
import { refKey, titleOf } from '../documents'
import { badRequest, forbidden } from '../errors'
import { documentRowKey, removeQueueRows } from '../queue/rows'
import { BUNDLES_SLUG } from '../slugs'
import { inTransaction } from '../transaction'
import type { Stage } from '../../stages'
import type { DocumentRef, ResolvedWorkflowOptions } from '../../types'
import { queueBundle } from './bundleRow'
import { type Member, unpublishedDependencies } from './dependencies'
import { type BundleDoc, openBundlesOf } from './members'
import { moveMembers, Named, requireStages, stageOf } from './moveMembers'

type SubmitArgs = { req: PayloadRequest; options: ResolvedWorkflowOptions; collection: string; id: string }

/** Where a member may be when the bundle is submitted; the first two move to review. */
const SUBMITTABLE: Stage[] = ['draft', 'changes-requested', 'in-review', 'approved']

/** The document and the unpublished documents it needs, as the bundle would hold them. */
export const bundleMembersFor = async ({ req, options, collection, id }: SubmitArgs): Promise<Member[]> => {
  const doc = await req.payload.findByID({
    collection: collection as CollectionSlug,
    id,
    draft: true,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  if (!doc || !options.collections.includes(collection as CollectionSlug)) {
    throw badRequest('There is no such document to submit.')
  }
  const lead: Member = {
    collection: collection as CollectionSlug,
    id,
    doc: doc as unknown as Record<string, unknown>,
  }
  return [lead, ...(await unpublishedDependencies({ req, options, lead }))]
}

/** Every readiness problem of every member, read as if the bundle were live; empty when it may go. */
const readinessProblems = async (
  req: PayloadRequest,
  options: ResolvedWorkflowOptions,
  members: Member[],
) => {
  const bundle: DocumentRef[] = members.map(({ collection, id }) => ({ collection, id }))
  const problems: string[] = []
  for (const member of members) {
    const { ready, issues } = await options.checkReadiness({
      payload: req.payload,
      req,
      collection: member.collection,
      data: member.doc,
      bundle,
    })
    if (!ready) problems.push(`${Named(req, member)} is not ready. ${issues.map((i) => i.message).join(' ')}`)
  }
  return problems
}

/**
 * Submits a document for review together with the unpublished documents it cites (a finding's new
 * source, a page's new findings and theirs), as one review bundle. Readiness reads the members as if
 * the bundle were live; every problem of every member is listed. Submitting again after a change
 * request updates the same bundle.
 */
export const submitBundle = async ({ req, options, collection, id }: SubmitArgs) => {
  if (!actorOf(req.user, options)) throw forbidden('Only editors, reviewers and admins submit for review.')
  const members = await bundleMembersFor({ req, options, collection, id })
  const [lead, ...dependencies] = members
  if (dependencies.length === 0) {
    throw badRequest(`${Named(req, lead)} has no unpublished dependencies; submit it for review on its own.`)
  }
  requireStages(
    req,
    members,
    SUBMITTABLE,
    'only drafts and documents with changes requested can be submitted.',
  )

  const existing = await openBundlesOf(req, members)
  const own = existing.find((b) => b.lead.collectionSlug === lead.collection && b.lead.documentId === lead.id)
  const other = existing.find((b) => b !== own)
  if (other) {
    const shared = members.find((m) => other.members.some((row) => row.key === refKey(m)))
    throw badRequest(
      `${shared ? Named(req, shared) : 'A member'} is already in the review bundle “${other.title}”; publish or dissolve that bundle first.`,
    )
  }

  const problems = await readinessProblems(req, options, members)
  if (problems.length) throw badRequest(`The bundle cannot be submitted. ${problems.join(' ')}`)

  return inTransaction(req, async () => {
    const data = {
      title: titleOf(req.payload, lead.collection, lead.doc),
      status: 'open',
      lead: { collectionSlug: lead.collection, documentId: lead.id },
      members: members.map((m) => ({
        key: refKey(m),
        collectionSlug: m.collection,
        documentId: m.id,
        title: titleOf(req.payload, m.collection, m.doc),
      })),
      submittedBy: req.user?.id ?? null,
    }
    const saved = (own
      ? await req.payload.update({
          collection: BUNDLES_SLUG as never,
          id: own.id,
          data: data as never,
          overrideAccess: true,
          req,
        })
      : await req.payload.create({
          collection: BUNDLES_SLUG as never,
          data: data as never,
          overrideAccess: true,
          req,
        })) as unknown as BundleDoc
    const moving = members.filter((m) => ['draft', 'changes-requested'].includes(stageOf(m)))
    await moveMembers({
      req,
      bundle: saved,
      members: moving,
      data: { stage: 'in-review' },
      draft: true,
      event: `submitted in the review bundle “${saved.title}”`,
    })
    await removeQueueRows(req, members.map(documentRowKey))
    await queueBundle({ req, options, bundle: saved, members })
    return {
      bundle: saved,
      message: `Submitted for review with ${dependencies.length} unpublished ${dependencies.length === 1 ? 'dependency' : 'dependencies'}.`,
    }
  })
}
