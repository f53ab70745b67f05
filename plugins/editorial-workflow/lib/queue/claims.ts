import type { PayloadRequest } from 'payload'

import { actorOf } from '../actor'
import { badRequest, forbidden, WorkflowRefusal } from '../errors'
import { QUEUE_SLUG } from '../slugs'
import type { ResolvedWorkflowOptions } from '../../types'
import { personName } from './author'
import { formatWaiting } from './formatWaiting'
import type { QueueRow } from './types'

export type Claim = {
  byId: string
  by: string
  at: string
  /** How long ago it was made, in words ("12 min"). */
  ago: string
}

const idOf = (value: QueueRow['claimedBy']) =>
  value && typeof value === 'object' ? String(value.id) : value ? String(value) : ''

/** The claim on a queue item while it lasts; claims expire so a forgotten one blocks nobody. */
export const liveClaim = (row: QueueRow, minutes: number, now = Date.now()): Claim | null => {
  if (!row.claimedAt || !row.claimedBy) return null
  if (now - Date.parse(row.claimedAt) >= minutes * 60_000) return null
  return {
    byId: idOf(row.claimedBy),
    by: row.claimedByName ?? 'another reviewer',
    at: row.claimedAt,
    ago: formatWaiting(now - Date.parse(row.claimedAt)),
  }
}

type ClaimArgs = { req: PayloadRequest; options: ResolvedWorkflowOptions; rowId: string }

const rowFor = async ({ req, options, rowId }: ClaimArgs) => {
  if (actorOf(req.user, options) !== 'reviewer')
    throw forbidden('Only reviewers and admins claim review items.')
  const row = (await req.payload.findByID({
    collection: QUEUE_SLUG as never,
    id: rowId,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  })) as unknown as QueueRow | null
  if (!row) throw badRequest('This item is no longer waiting for review.')
  return row
}

const setClaim = (req: PayloadRequest, row: QueueRow, claimed: boolean) =>
  req.payload.update({
    collection: QUEUE_SLUG as never,
    id: row.id,
    data: (claimed
      ? { claimedBy: req.user?.id, claimedByName: personName(req.user), claimedAt: new Date().toISOString() }
      : { claimedBy: null, claimedByName: null, claimedAt: null }) as never,
    overrideAccess: true,
    req,
  })

/**
 * Marks a queue item as being reviewed by the person, so that two reviewers do not do the same work.
 * Advisory: someone else's live claim is only taken over when asked to.
 */
export const claimItem = async (args: ClaimArgs & { takeOver?: boolean }) => {
  const row = await rowFor(args)
  const claim = liveClaim(row, args.options.claimMinutes)
  if (claim && claim.byId !== String(args.req.user?.id) && !args.takeOver) {
    throw new WorkflowRefusal(
      `${claim.by} claimed this ${claim.ago} ago. Take it over only once you have agreed with them.`,
      409,
    )
  }
  await setClaim(args.req, row, true)
  return `Claimed. Other reviewers see that you are reviewing it for the next ${args.options.claimMinutes} minutes.`
}

/** Gives a claim up; only the person holding it does (anyone else takes it over instead). */
export const releaseItem = async (args: ClaimArgs) => {
  const row = await rowFor(args)
  const claim = liveClaim(row, args.options.claimMinutes)
  if (!claim) return 'Nobody has claimed it.'
  if (claim.byId !== String(args.req.user?.id)) {
    throw forbidden(`${claim.by} holds the claim; only they release it. You may take it over instead.`)
  }
  await setClaim(args.req, row, false)
  return 'Released. Other reviewers may take it.'
}
