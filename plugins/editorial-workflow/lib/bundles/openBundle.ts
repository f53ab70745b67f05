import type { PayloadRequest } from 'payload'

import { actorOf } from '../actor'
import { badRequest, forbidden } from '../errors'
import type { ResolvedWorkflowOptions } from '../../types'
import { type BundleDoc, findBundle, loadMembers } from './members'

type OpenArgs = {
  req: PayloadRequest
  options: ResolvedWorkflowOptions
  bundleId: string
  /** Who may act: reviewers only, or anyone on the team. */
  reviewersOnly: boolean
  /** "approve", "publish": for the refusal's words. */
  verb: string
}

/** The open bundle an action is about, with its members, once the person may act on it. */
export const openBundleFor = async ({ req, options, bundleId, reviewersOnly, verb }: OpenArgs) => {
  const actor = actorOf(req.user, options)
  if (!actor || (reviewersOnly && actor !== 'reviewer')) {
    throw forbidden(
      `Only ${reviewersOnly ? 'reviewers and admins' : 'editors, reviewers and admins'} ${verb} a review bundle.`,
    )
  }
  const bundle = await findBundle(req, bundleId)
  if (!bundle) throw badRequest('There is no such review bundle.')
  if (bundle.status !== 'open') {
    throw badRequest(
      `The review bundle “${bundle.title}” is ${bundle.status}; there is nothing left to ${verb}.`,
    )
  }
  return { bundle: bundle as BundleDoc, members: await loadMembers(req, bundle) }
}
