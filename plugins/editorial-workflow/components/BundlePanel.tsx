import type { CollectionSlug, ServerProps } from 'payload'
import React from 'react'

import { actorOf } from '../lib/actor'
import type { Member } from '../lib/bundles/dependencies'
import { loadMembers, openBundleOf } from '../lib/bundles/members'
import { stageOf } from '../lib/bundles/moveMembers'
import { bundleMembersFor } from '../lib/bundles/submitBundle'
import { nounOf, titleOf } from '../lib/documents'
import { liveClaim } from '../lib/queue/claims'
import { bundleRowKey } from '../lib/queue/rows'
import type { QueueRow } from '../lib/queue/types'
import { QUEUE_SLUG } from '../lib/slugs'
import { STAGE_LABELS, type Stage } from '../stages'
import type { ResolvedWorkflowOptions } from '../types'
import { type BundleAction, BundleActions } from './BundleActions'
import { panelRequest } from './panelRequest'

type Props = ServerProps & {
  collectionSlug: string
  data?: Record<string, unknown>
  workflow: ResolvedWorkflowOptions
}

const SUBMITTABLE: Stage[] = ['draft', 'changes-requested']

/** What the person may do with the bundle, given where its members stand. */
const actionsFor = (reviewer: boolean, stages: Stage[]): BundleAction[] => {
  const all = (allowed: Stage[]) => stages.every((stage) => allowed.includes(stage))
  const actions: BundleAction[] = []
  if (stages.some((stage) => SUBMITTABLE.includes(stage))) actions.push('submit')
  if (reviewer && all(['in-review', 'approved']) && stages.includes('in-review')) actions.push('approve')
  if (reviewer && all(['in-review', 'approved'])) actions.push('request-changes')
  if (reviewer && all(['approved'])) actions.push('publish')
  actions.push('dissolve')
  return actions
}

const MemberList = ({
  adminRoute,
  members,
  payload,
}: {
  adminRoute: string
  members: Member[]
  payload: Props['payload']
}) => (
  <ul style={{ paddingLeft: '1.1rem', margin: '0.25rem 0 0.75rem' }}>
    {members.map((member) => (
      <li key={`${member.collection}:${member.id}`}>
        {nounOf(payload, member.collection)}{' '}
        <a href={`${adminRoute}/collections/${member.collection}/${member.id}`}>
          “{titleOf(payload, member.collection, member.doc)}”
        </a>{' '}
        ({STAGE_LABELS[stageOf(member)]})
      </li>
    ))}
  </ul>
)

/**
 * The document's review bundle in the sidebar: the members it is reviewed and published with, and the
 * bundle's actions; or, for a draft citing unpublished documents, the offer to submit them together.
 */
export const BundlePanel = async ({ payload, user, collectionSlug, data, workflow }: Props) => {
  const actor = actorOf(user, workflow)
  if (!actor || !data?.id || !workflow.dependenciesOf) return null
  const req = await panelRequest(payload, user)
  const ref = { collection: collectionSlug as CollectionSlug, id: String(data.id) }
  const { admin: adminRoute, api: apiRoute } = payload.config.routes
  const bundle = await openBundleOf(req, ref)

  if (bundle) {
    const members = await loadMembers(req, bundle)
    const { docs } = await payload.find({
      collection: QUEUE_SLUG as never,
      where: { key: { equals: bundleRowKey(bundle.id) } },
      depth: 0,
      limit: 1,
      overrideAccess: true,
    })
    const claim = docs[0] ? liveClaim(docs[0] as unknown as QueueRow, workflow.claimMinutes) : null
    const claimedBy = claim && claim.byId !== String(user?.id) ? claim.by : undefined
    return (
      <div className="bundle-panel" style={{ marginBottom: '1.5rem' }}>
        <h4 style={{ margin: '0 0 0.25rem' }}>Review bundle</h4>
        <p style={{ margin: 0 }}>
          Reviewed and published as one with {members.length - 1} other document
          {members.length === 2 ? '' : 's'}.
        </p>
        <MemberList adminRoute={adminRoute} members={members} payload={payload} />
        <BundleActions
          apiRoute={apiRoute}
          bundleId={String(bundle.id)}
          lead={{ collection: bundle.lead.collectionSlug, id: bundle.lead.documentId }}
          actions={actionsFor(actor === 'reviewer', members.map(stageOf))}
          submitLabel="Submit the bundle again"
          claimedBy={claimedBy}
        />
      </div>
    )
  }

  if (!SUBMITTABLE.includes((data.stage as Stage | undefined) ?? 'draft')) return null
  const [, ...dependencies] = await bundleMembersFor({
    req,
    options: workflow,
    collection: collectionSlug,
    id: ref.id,
  })
  if (dependencies.length === 0) return null
  const count = `${dependencies.length} unpublished ${dependencies.length === 1 ? 'dependency' : 'dependencies'}`
  return (
    <div className="bundle-panel" style={{ marginBottom: '1.5rem' }}>
      <h4 style={{ margin: '0 0 0.25rem' }}>Unpublished dependencies</h4>
      <p style={{ margin: 0 }}>
        It cites documents readers cannot see yet. Submit them with it, to be reviewed and published as one.
      </p>
      <MemberList adminRoute={adminRoute} members={dependencies} payload={payload} />
      <BundleActions
        apiRoute={apiRoute}
        lead={ref}
        actions={['submit']}
        submitLabel={`Submit with ${count}`}
      />
    </div>
  )
}
