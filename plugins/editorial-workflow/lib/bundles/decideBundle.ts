import type { PayloadRequest } from 'payload'

import { badRequest } from '../errors'
import { bundleRowKey, removeQueueRows } from '../queue/rows'
import { BUNDLES_SLUG } from '../slugs'
import { cancelSchedules } from '../schedule/cancel'
import { inTransaction } from '../transaction'
import type { ResolvedWorkflowOptions } from '../../types'
import { moveMembers, refuseOwnWork, requireStages, stageOf } from './moveMembers'
import { openBundleFor } from './openBundle'

type DecideArgs = { req: PayloadRequest; options: ResolvedWorkflowOptions; bundleId: string }

/** Approves every member at once. Four-eyes covers them all: one the reviewer changed refuses the bundle. */
export const approveBundle = async ({ req, options, bundleId }: DecideArgs) => {
  const { bundle, members } = await openBundleFor({
    req,
    options,
    bundleId,
    reviewersOnly: true,
    verb: 'approve',
  })
  requireStages(req, members, ['in-review', 'approved'], 'submit the bundle again before approving it.')
  await refuseOwnWork(req, members, 'approve')
  return inTransaction(req, async () => {
    await moveMembers({
      req,
      bundle,
      members: members.filter((m) => stageOf(m) === 'in-review'),
      data: { stage: 'approved' },
      draft: true,
      event: `approved in the review bundle “${bundle.title}”`,
    })
    await removeQueueRows(req, [bundleRowKey(bundle.id)])
    return { bundle, message: `Approved the bundle of ${members.length} documents.` }
  })
}

/** Sends the whole bundle back to its editor with one note, which each member carries. */
export const requestBundleChanges = async ({
  req,
  options,
  bundleId,
  note,
}: DecideArgs & { note?: unknown }) => {
  const { bundle, members } = await openBundleFor({
    req,
    options,
    bundleId,
    reviewersOnly: true,
    verb: 'send back',
  })
  const text = typeof note === 'string' ? note.trim() : ''
  if (!text)
    throw badRequest('Write a review note saying what needs to change; the editor sees it on the document.')
  requireStages(
    req,
    members,
    ['in-review', 'approved'],
    'only a bundle in review or approved can be sent back.',
  )
  return inTransaction(req, async () => {
    await moveMembers({
      req,
      bundle,
      members,
      data: { stage: 'changes-requested', reviewNote: text },
      draft: true,
      event: `changes requested in the review bundle “${bundle.title}”`,
    })
    await removeQueueRows(req, [bundleRowKey(bundle.id)])
    await cancelSchedules({ req, options, bundleId: String(bundle.id), reason: 'changes were requested' })
    return { bundle, message: 'Changes requested for the whole bundle.' }
  })
}

/**
 * Ends a bundle without publishing it: its members go back to draft, to be reviewed on their own or
 * bundled again.
 */
export const dissolveBundle = async ({ req, options, bundleId }: DecideArgs) => {
  const { bundle, members } = await openBundleFor({
    req,
    options,
    bundleId,
    reviewersOnly: false,
    verb: 'dissolve',
  })
  return inTransaction(req, async () => {
    await req.payload.update({
      collection: BUNDLES_SLUG as never,
      id: bundle.id,
      data: { status: 'dissolved' } as never,
      overrideAccess: true,
      req,
    })
    await sendMembersBackToDraft({
      req,
      bundle,
      members,
      why: `the review bundle “${bundle.title}” was dissolved`,
    })
    await removeQueueRows(req, [bundleRowKey(bundle.id)])
    await cancelSchedules({ req, options, bundleId: String(bundle.id), reason: 'the bundle was dissolved' })
    return { bundle, message: 'The bundle was dissolved; its documents are drafts again.' }
  })
}

type BackArgs = {
  req: PayloadRequest
  bundle: Awaited<ReturnType<typeof openBundleFor>>['bundle']
  members: Awaited<ReturnType<typeof openBundleFor>>['members']
  why: string
}

/** On the system's authority: no person may move a document back to draft, but a bundle change may. */
export const sendMembersBackToDraft = ({ req, bundle, members, why }: BackArgs) =>
  moveMembers({
    req,
    bundle,
    members: members.filter((m) => ['in-review', 'approved'].includes(stageOf(m))),
    data: { stage: 'draft' },
    draft: true,
    event: `back to draft, as ${why}`,
    context: { workflowSystem: true, workflowStage: 'draft', workflowActor: 'review bundle' },
  })
