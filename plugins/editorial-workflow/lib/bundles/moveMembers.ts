import { APIError, type PayloadRequest, type RequestContext } from 'payload'

import { contentAuthorsSincePublication } from '../contentAuthors'
import { named } from '../documents'
import { badRequest, forbidden, WorkflowRefusal } from '../errors'
import { keepingContext } from '../transaction'
import { STAGE_LABELS, type Stage } from '../../stages'
import { withBundle } from './context'
import type { Member } from './dependencies'
import { type BundleDoc, refOfRow } from './members'

export const stageOf = (member: Member): Stage => (member.doc.stage as Stage | undefined) ?? 'draft'

/** "The finding “+10% output”": a member named at the start of a sentence. */
export const Named = (req: PayloadRequest, member: Member) => {
  const text = named(req.payload, member, member.doc)
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** Refuses, naming the first member that is not at one of the stages the action needs. */
export const requireStages = (req: PayloadRequest, members: Member[], allowed: Stage[], advice: string) => {
  const out = members.find((member) => !allowed.includes(stageOf(member)))
  if (out) {
    throw badRequest(`${Named(req, out)} in this bundle is “${STAGE_LABELS[stageOf(out)]}”; ${advice}`)
  }
}

/** Four-eyes over the whole bundle: one member the person changed is enough to refuse them all. */
export const refuseOwnWork = async (req: PayloadRequest, members: Member[], verb: string) => {
  const userId = String(req.user?.id)
  for (const member of members) {
    const authors = await contentAuthorsSincePublication({
      req,
      collection: member.collection,
      id: member.id,
    })
    if (authors.has(userId)) {
      throw forbidden(
        `Four-eyes rule. You changed ${named(req.payload, member, member.doc)} in this bundle since it was last published, so someone else must ${verb} the bundle.`,
      )
    }
  }
}

type MoveArgs = {
  req: PayloadRequest
  bundle: BundleDoc
  members: Member[]
  data: Record<string, unknown>
  /** Save as a draft version (a stage move), or onto the live document (a publication). */
  draft: boolean
  /** What the audit entries say happened. */
  event: string
  /** More licence for the saves, e.g. the system's when a change sends the bundle back to draft. */
  context?: RequestContext
}

/**
 * Saves each member as the person acting, so every rule of the workflow applies to each of them, with
 * the bundle in the request context: readiness then counts the other members as live. A refusal names
 * the member it came from; the caller's transaction undoes the members already saved.
 */
export const moveMembers = async ({ req, bundle, members, data, draft, event, context = {} }: MoveArgs) => {
  const bundleContext = withBundle({
    id: String(bundle.id),
    title: bundle.title,
    members: bundle.members.map(refOfRow),
  })
  for (const member of members) {
    try {
      await keepingContext(req, () =>
        req.payload.update({
          collection: member.collection,
          id: member.id,
          data: data as never,
          draft,
          depth: 0,
          overrideAccess: Boolean(context.workflowSystem),
          req,
          context: { ...bundleContext, workflowEvent: event, ...context },
        }),
      )
    } catch (error) {
      if (!(error instanceof APIError) || error.status >= 500) throw error
      throw new WorkflowRefusal(
        `${Named(req, member)} could not move with its bundle. ${error.message}`,
        error.status,
      )
    }
  }
}
